import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NextIntlClientProvider } from 'next-intl';
import { Bar, BarChart, XAxis } from 'recharts';
import en from '@/lib/i18n/messages/en.json';
import { Alert } from './alert';
import { Badge } from './badge';
import { Button } from './button';
import { ChartContainer, ChartLegendContent, ChartTooltipContent, type ChartConfig } from './chart';
import { DataTable, type DataTableColumn } from './data-table';
import { EmptyState } from './empty-state';
import { FormField } from './form-field';
import { Input } from './input';
import { Money } from './money';

const html = (node: React.ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );

describe('component kit', () => {
  it('formats money by locale', () => {
    const inLocale = (locale: 'en' | 'pt-BR', node: React.ReactNode) =>
      renderToStaticMarkup(
        <NextIntlClientProvider locale={locale} messages={en} timeZone="UTC">
          {node}
        </NextIntlClientProvider>,
      );
    expect(inLocale('pt-BR', <Money amount={29} currency="BRL" />)).toContain('R$\u00a029,00');
    expect(inLocale('pt-BR', <Money amount={29} currency="USD" />)).toContain('US$\u00a029,00');
    expect(inLocale('en', <Money amount={1299.5} currency="USD" />)).toContain('$1,299.50');
  });

  it('renders a button as a link with asChild, and a plain button that does not submit forms', () => {
    const link = html(
      <Button asChild variant="secondary">
        <a href="/x">Go</a>
      </Button>,
    );
    expect(link).toMatch(/^<a [^>]*>Go<\/a>$/);
    expect(link).toContain('href="/x"');
    expect(link).toContain('min-h-11');
    expect(link).not.toContain('type=');
    expect(html(<Button>Save</Button>)).toContain('type="button"');
    expect(html(<Button type="submit">Save</Button>)).toContain('type="submit"');
  });

  it('gives errors and warnings role=alert, info a polite status', () => {
    expect(html(<Alert variant="error">Nope</Alert>)).toContain('role="alert"');
    expect(html(<Alert variant="warning">Careful</Alert>)).toContain('role="alert"');
    expect(html(<Alert variant="info">FYI</Alert>)).toContain('role="status"');
    expect(
      html(
        <Alert variant="info" role="note">
          Part of the page
        </Alert>,
      ),
    ).toContain('role="note"');
  });

  it('wires a form field: label, hint and error described, invalid while there is an error', () => {
    const markup = html(
      <FormField id="email" label="Email" hint="We never share it" error="Enter an email">
        {(field) => <Input {...field} name="email" />}
      </FormField>,
    );
    expect(markup).toContain('for="email"');
    expect(markup).toContain('aria-describedby="email-hint email-error"');
    expect(markup).toContain('aria-invalid="true"');
    expect(markup).toContain('id="email-error"');
    const valid = html(
      <FormField id="n" label="Name">
        {(field) => <Input {...field} />}
      </FormField>,
    );
    expect(valid).not.toMatch(/aria-invalid=|aria-describedby=/);
  });

  it('shows an empty state with its next step, and badges', () => {
    const markup = html(
      <EmptyState title="No projects yet" action={<a href="/new">Create one</a>}>
        Nothing here.
      </EmptyState>,
    );
    expect(markup).toContain('<h2');
    expect(markup).toContain('No projects yet');
    expect(markup).toContain('href="/new"');
    expect(html(<Badge variant="success">Live</Badge>)).toContain('bg-green-100');
  });

  it('renders a sortable data table with aria-sort-ready headers and pages past one page', () => {
    type Row = { name: string; count: number };
    const columns: Array<DataTableColumn<Row>> = [
      { accessorKey: 'name', header: 'Name', sortFn: 'alphanumeric' },
      { accessorKey: 'count', header: 'Count', sortFn: 'basic' },
    ];
    const rows = Array.from({ length: 30 }, (_, i) => ({ name: `Row ${i}`, count: i }));
    const markup = html(<DataTable columns={columns} data={rows} pageSize={10} data-testid="t" />);
    expect(markup).toContain('data-testid="t"');
    expect(markup.match(/<tr/g)).toHaveLength(11);
    expect(markup).toContain('<button type="button"');
    expect(markup).toContain('Page 1 of 3');
  });

  it('renders a chart with CSS-variable colours, a text summary and accessible tooltip/legend parts', () => {
    const config = { generations: { label: 'Generations', color: '#5b34f5' } } satisfies ChartConfig;
    const data = [
      { day: '1 Nov', generations: 3 },
      { day: '2 Nov', generations: 5 },
    ];
    const markup = html(
      <ChartContainer config={config} summary="8 generations in two days, most on 2 Nov.">
        <BarChart data={data} accessibilityLayer>
          <XAxis dataKey="day" />
          <Bar dataKey="generations" fill="var(--color-generations)" />
        </BarChart>
      </ChartContainer>,
    );
    expect(markup).toContain('--color-generations:#5b34f5');
    expect(markup).toMatch(/<figure[^>]*aria-describedby="([^"]+)"/);
    expect(markup).toContain('8 generations in two days, most on 2 Nov.');

    const tooltip = html(
      <ChartContainer config={config} summary="s">
        {/* The parts read the config from the container; render them on their own here. */}
        <div>
          <ChartTooltipContent
            active
            label="2 Nov"
            payload={[{ dataKey: 'generations', value: 5, color: '#5b34f5', graphicalItemId: 'bar-1' }]}
            formatValue={(v) => `${v} runs`}
          />
          <ChartLegendContent payload={[{ value: 'generations', dataKey: 'generations', color: '#5b34f5' }]} />
        </div>
      </ChartContainer>,
    );
    expect(tooltip).toContain('2 Nov');
    expect(tooltip).toContain('Generations');
    expect(tooltip).toContain('5 runs');
  });
});
