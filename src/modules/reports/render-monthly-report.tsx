import { renderToBuffer } from '@react-pdf/renderer';
import type { ReportData } from './report-data';
import { MonthlyReportPdf } from './ui/monthly-report-pdf';

/** A month's figures as the PDF the client receives. Pure rendering: the caller gathered and authorized. */
export async function renderMonthlyReport(data: ReportData): Promise<Buffer> {
  return renderToBuffer(<MonthlyReportPdf data={data} />);
}
