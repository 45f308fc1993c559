import { Document, Image, Link, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { FIELD_METRIC_IDS } from '@/lib/crux/field-metrics';
import { CATEGORY_IDS, type AnalysisResult, type Rating } from '../analysis-result';
import type { PageMagicReference } from '../page-magic-reference';
import { rateFieldMetric } from '../web-vitals';
import type { ReportTexts } from '../report-texts';

/**
 * The report as a PDF (A4, @react-pdf/renderer): the same content as the result page — scores,
 * lab metrics rated, real-user data when there is some, the side-by-side with a typical Page
 * Magic site, the screenshot and the opportunities — with every text already translated and
 * formatted by the caller (report-texts.ts), so this file only lays out.
 */
const RATING_COLOR: Record<Rating, string> = { good: '#0a7d3e', 'needs-improvement': '#b45309', poor: '#b91c1c' };
const scoreColor = (score: number | null) =>
  score === null ? '#6b7280' : score >= 90 ? RATING_COLOR.good : score >= 50 ? RATING_COLOR['needs-improvement'] : RATING_COLOR.poor;

// Line heights are set on each text size: react-pdf turns a unitless line height into points at
// the element that sets it, so a page-wide one would squeeze every bigger text into 10 pt lines.
const s = StyleSheet.create({
  page: { paddingTop: 36, paddingHorizontal: 36, paddingBottom: 56, fontSize: 10, fontFamily: 'Helvetica', color: '#111827' },
  brand: { fontSize: 11, fontFamily: 'Helvetica-Bold', color: '#6d28d9' },
  title: { fontSize: 20, lineHeight: 1.3, fontFamily: 'Helvetica-Bold', marginTop: 8, marginBottom: 2 },
  muted: { color: '#4b5563', lineHeight: 1.25 },
  h2: { fontSize: 13, lineHeight: 1.3, fontFamily: 'Helvetica-Bold', marginTop: 16, marginBottom: 6 },
  scores: { flexDirection: 'row', gap: 8 },
  scoreBox: { flex: 1, border: '1pt solid #e5e7eb', borderRadius: 6, padding: 8, alignItems: 'center' },
  score: { fontSize: 22, lineHeight: 1.2, fontFamily: 'Helvetica-Bold', marginBottom: 2 },
  row: { flexDirection: 'row', borderBottom: '0.5pt solid #e5e7eb', paddingVertical: 4 },
  cellName: { flex: 3 },
  cell: { flex: 2, textAlign: 'right' },
  rating: { flex: 2, textAlign: 'right', fontFamily: 'Helvetica-Bold' },
  head: { fontFamily: 'Helvetica-Bold', color: '#4b5563' },
  two: { flexDirection: 'row', gap: 16 },
  screenshot: { width: 150, border: '1pt solid #e5e7eb', borderRadius: 6 },
  bullet: { marginBottom: 4, lineHeight: 1.4 },
  footer: { position: 'absolute', bottom: 24, left: 36, right: 36, fontSize: 8, color: '#6b7280' },
});

export function AnalysisPdf({
  result,
  texts,
  reference,
  shareUrl,
}: {
  result: AnalysisResult;
  texts: ReportTexts;
  reference: PageMagicReference;
  shareUrl: string;
}) {
  const field = result.field ?? null;
  return (
    <Document title={texts.title} author="Page Magic" language={texts.locale}>
      <Page size="A4" style={s.page}>
        <Text style={s.brand}>Page Magic</Text>
        <Text style={s.title}>{texts.title}</Text>
        <Text style={s.muted}>{result.finalUrl || result.url}</Text>
        <Text style={s.muted}>{texts.measuredOn}</Text>

        <Text style={s.h2}>{texts.scoresTitle}</Text>
        <View style={s.scores}>
          {CATEGORY_IDS.map((id) => (
            <View key={id} style={s.scoreBox}>
              <Text style={[s.score, { color: scoreColor(result.scores[id]) }]}>{result.scores[id] ?? '-'}</Text>
              <Text>{texts.category[id]}</Text>
            </View>
          ))}
        </View>

        <View style={s.two}>
          <View style={{ flex: 1 }}>
            <Text style={s.h2}>{texts.metricsTitle}</Text>
            {result.metrics.map((metric) => (
              <View key={metric.id} style={s.row}>
                <Text style={s.cellName}>{texts.metric[metric.id]}</Text>
                <Text style={s.cell}>{texts.metricValue(metric.id, metric.value)}</Text>
                <Text style={[s.rating, { color: RATING_COLOR[metric.rating] }]}>{texts.rating[metric.rating]}</Text>
              </View>
            ))}
          </View>
          {result.screenshot ? (
            <View>
              <Text style={s.h2}> </Text>
              {/* The final screenshot of the run (a JPEG data URL); react-pdf's Image has no alt text. */}
              {/* eslint-disable-next-line jsx-a11y/alt-text */}
              <Image src={result.screenshot} style={s.screenshot} />
            </View>
          ) : null}
        </View>

        {field ? (
          <View wrap={false}>
            <Text style={s.h2}>{texts.field.title}</Text>
            <Text style={s.muted}>{texts.field.scope}</Text>
            {FIELD_METRIC_IDS.filter((id) => field.p75[id] !== undefined).map((id) => {
              const rating = rateFieldMetric(id, field.p75[id]!);
              return (
                <View key={id} style={s.row}>
                  <Text style={s.cellName}>{texts.field.metric[id]}</Text>
                  <Text style={s.cell}>{texts.field.value(id, field.p75[id]!)}</Text>
                  <Text style={[s.rating, { color: RATING_COLOR[rating] }]}>{texts.rating[rating]}</Text>
                </View>
              );
            })}
          </View>
        ) : null}

        <View wrap={false}>
          <Text style={s.h2}>{texts.compare.title}</Text>
          <View style={s.row}>
            <Text style={[s.cellName, s.head]}> </Text>
            <Text style={[s.cell, s.head]}>{texts.compare.yours}</Text>
            <Text style={[s.cell, s.head]}>{texts.compare.pageMagic}</Text>
          </View>
          {CATEGORY_IDS.map((id) => (
            <View key={id} style={s.row}>
              <Text style={s.cellName}>{texts.category[id]}</Text>
              <Text style={s.cell}>{result.scores[id] ?? '-'}</Text>
              <Text style={s.cell}>{reference.scores[id] ?? '-'}</Text>
            </View>
          ))}
          {reference.metrics.map((ref) => {
            const yours = result.metrics.find((m) => m.id === ref.id);
            return (
              <View key={ref.id} style={s.row}>
                <Text style={s.cellName}>{texts.metric[ref.id]}</Text>
                <Text style={s.cell}>{yours ? texts.metricValue(yours.id, yours.value) : '-'}</Text>
                <Text style={s.cell}>{texts.metricValue(ref.id, ref.value)}</Text>
              </View>
            );
          })}
          <Text style={[s.muted, { marginTop: 4, fontSize: 8 }]}>{texts.compare.note}</Text>
        </View>

        <Text style={s.h2}>{texts.opportunitiesTitle}</Text>
        {texts.opportunities.length === 0 ? <Text>{texts.noOpportunities}</Text> : null}
        {texts.opportunities.map((line) => (
          <Text key={line} style={s.bullet}>
            {`- ${line}`}
          </Text>
        ))}

        <View style={s.footer} fixed>
          <Link src={shareUrl}>{shareUrl}</Link>
        </View>
      </Page>
    </Document>
  );
}
