/** What AI text help can be asked for; shared by the editor's buttons and the server's input schema. */
export const textHelpModes = ['shorter', 'formal', 'casual', 'alternatives'] as const;
