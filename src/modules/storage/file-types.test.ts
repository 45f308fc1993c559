import { describe, expect, it } from 'vitest';
import { nameForFileType } from './file-types';

describe('nameForFileType', () => {
  it.each([
    ['poly.html', 'image/gif', 'poly.gif'],
    ['poly.HTML', 'image/gif', 'poly.gif'],
    ['photo.JPG', 'image/jpeg', 'photo.JPG'],
    ['photo.jpeg', 'image/jpeg', 'photo.jpeg'],
    ['photo.png', 'image/jpeg', 'photo.jpg'],
    ['scan', 'application/pdf', 'scan.pdf'],
    ['notes.2026', 'application/pdf', 'notes.2026.pdf'],
    ['report.final.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'report.final.docx'],
    ['clip.svg', 'video/mp4', 'clip.mp4'],
    ['.htaccess', 'image/png', '.htaccess.png'],
    ['unknown.bin', 'application/x-unknown', 'unknown.bin'],
  ])('%s as %s → %s', (name, mime, expected) => {
    expect(nameForFileType(name, mime)).toBe(expected);
  });

  it('stays within 255 characters', () => {
    expect(nameForFileType(`${'a'.repeat(255)}`, 'image/png')).toHaveLength(255);
  });
});
