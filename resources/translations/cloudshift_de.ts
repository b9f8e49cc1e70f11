<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ExportPicker</name>
    <message>
        <source>Azure cost exports (*.csv *.csv.gz *.gz *.txt manifest.json)</source>
        <translation>Azure-Kostenexporte (*.csv *.csv.gz *.gz *.txt manifest.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Azure Cost Exports</source>
        <translation>Azure-Kostenexporte importieren</translation>
    </message>
    <message>
        <source>Import a Folder of Azure Cost Exports</source>
        <translation>Ordner mit Azure-Kostenexporten importieren</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>%1 · page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>CloudShift migration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudShift · generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped: Azure cost kept as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration report: Azure compared with AWS and Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads in the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices as of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon: %1 to %2 (%3 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1 (%2 skipped); %3 resources in %4 workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project inputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    … and %1 more files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rate / month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCO, %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving vs Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rate today: %1 per month; with the scenario once every move is done: %2 per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time cost of the scenario: %1 (labour, egress, parallel running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even: %1 (month %2 of the horizon); TCO %3 against %4 staying on Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break-even within the horizon; TCO %1 against %2 staying on Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration risk: %1 of 100 (cost-weighted over the workloads); data confidence %2 of 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the baseline has a target price for its placement; the rest keeps its Azure cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rates: %1 of the bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill re-priced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario: horizon %1 months, growth %2 a year, %3 month(s) of parallel running, Azure egress %4 USD/GB (%5), labour %6 USD per vCPU on top of the per-resource labour of each strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waived on exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each factor is scored 0 (no concern) to 3 (major concern) by the rubric below and weighted; a workload&apos;s score is the weighted share of the maximum, 0–100. Data confidence (1–5) rates how far the figures behind it can be trusted: mapping confidence, measured latency, months of history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weight %2): %3
    0: %4
    1: %5
    2: %6
    3: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure meter category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target without a price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure cost (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line has a price on both targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing data: the imported Azure exports listed on the title page, read offline; nothing leaves the machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price catalog (as of %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — %2, as of %3, %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency: measured round-trip tables, newest first, then a distance model fitted on them (as of %1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExportPrompt</name>
    <message>
        <source>PDF report pack (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG chart image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG chart image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOCUS cost projection (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferRate</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift</name>
    <message>
        <source>Delete scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename scenario %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay on Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to workload %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the mapper choose on %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price %1 on %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the risk weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group workloads by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings plan 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings plan 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed use 1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed use 3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replatform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refactor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repurchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudShift projects (*.cloudshift)</source>
        <translation>CloudShift-Projekte (*.cloudshift)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a report to %1: unknown file type; use a name ending in .pdf, .png, .svg or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a report to %1: unknown chart &apos;%2&apos;; use one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a report to %1: the analysis did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a report to %1: invalid image size %2×%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a report to %1: rendering failed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the dependency list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the users of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::AboutDialog</name>
    <message>
        <source>About CloudShift</source>
        <translation>Über CloudShift</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CloudShift %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;CloudShift %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Plans workload migrations from Azure to AWS and Google Cloud: it prices your Azure billing exports on both clouds and charts the comparison. Everything runs offline; billing data never leaves this computer.</source>
        <translation>Plant die Migration von Workloads von Azure zu AWS und Google Cloud: CloudShift bepreist Ihre Azure-Abrechnungsexporte in beiden Clouds und stellt den Vergleich in Diagrammen dar. Alles läuft offline; Abrechnungsdaten verlassen diesen Computer nie.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>No price catalog</source>
        <translation>Kein Preiskatalog</translation>
    </message>
    <message>
        <source>Prices as of %1</source>
        <translation>Preisstand %1</translation>
    </message>
    <message>
        <source>CloudShift %1</source>
        <translation>CloudShift %1</translation>
    </message>
    <message>
        <source>The price catalog and the latency tables are compiled from these public data sets:</source>
        <translation>Der Preiskatalog und die Latenztabellen sind aus diesen öffentlichen Datensätzen zusammengestellt:</translation>
    </message>
</context>
<context>
    <name>cloudshift::CashFlowChart</name>
    <message>
        <source>Break-even: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No break-even within the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::CashFlowModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even: the cumulative saving stays positive from this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative saving vs Azure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::CatalogSourcesModel</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>cloudshift::CategoryCostChart</name>
    <message>
        <source>Cost over the bill&apos;s period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost over the bill&apos;s period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::CategoryCostModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All to AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All to Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ChartSet</name>
    <message>
        <source>Monthly cost over the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative cash flow against staying on Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost by service category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top workloads by saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk against saving per workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency per workload, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill re-priced, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cost per month of staying on Azure, of the scenario, and of moving everything to AWS or to Google Cloud (three-month wave from the first month); shaded: the scenario&apos;s migration waves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time costs per month (labour, egress, parallel running) and the running total of baseline − scenario − one-time costs; the point marks break-even.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the imported period cost per FOCUS service category on Azure, and re-priced all to AWS or all to Google Cloud. Unpriced lines keep their Azure cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run-rate saving per month once each workload has moved; the colour and the label give the mapping confidence on its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each workload&apos;s migration risk (factor model, 0–100) against its monthly saving; point size follows its monthly cost today. Guides: the plan&apos;s cost-weighted risk, and zero saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users&apos; round trip to each workload on Azure today and on its target; boxes span the 80 % band of modelled values, measured values are single lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which workloads move when, coloured by target, with the scenario&apos;s run cost per month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported bill month by month on Azure and re-priced all to AWS or all to Google Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ChartsPage</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Full screen, one chart per page; arrow keys move, Escape leaves</source>
        <translation>Vollbild, ein Diagramm pro Seite; Pfeiltasten blättern, Escape beendet</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>The chart shown as PNG or SVG, or the whole pack as PDF</source>
        <translation>Das angezeigte Diagramm als PNG oder SVG oder das ganze Paket als PDF</translation>
    </message>
</context>
<context>
    <name>cloudshift::ColumnChoiceDelegate</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ColumnMappingDialog</name>
    <message>
        <source>Map Columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudShift does not recognise the header of &lt;b&gt;%1&lt;/b&gt;. Pick the column that holds each field; the fields in bold are required. Your choice is remembered for every file with the same header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import with This Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ColumnMappingModel</name>
    <message>
        <source>Required: CloudShift cannot import the file without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ComparePage</name>
    <message>
        <source>&lt;b&gt;Scenarios against staying on Azure&lt;/b&gt;</source>
        <translation>&lt;b&gt;Szenarien im Vergleich zum Verbleib auf Azure&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Run rates from the bill: %1. Each scenario is measured against staying on Azure under its own assumptions (horizon, growth, currency). Run rate: the monthly cost once every move is done. Double-click a scenario to open it.</source>
        <translation>Laufende Kosten laut Rechnung: %1. Jedes Szenario wird unter seinen eigenen Annahmen (Zeithorizont, Wachstum, Währung) am Verbleib auf Azure gemessen. Laufende Kosten: die monatlichen Kosten, wenn alle Umzüge abgeschlossen sind. Doppelklicken Sie auf ein Szenario, um es zu öffnen.</translation>
    </message>
</context>
<context>
    <name>cloudshift::ComparisonTableModel</name>
    <message numerus="yes">
        <source>Against staying on Azure under this scenario&apos;s assumptions (%n months)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly run cost once every move is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour, egress and parallel running; %1 more than the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run rate / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>TCO %n months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>TCO over horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCO vs Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCO change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::DiagnosticsModel</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ExportPreviewModel</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read by CloudShift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ExportPreviewPanel</name>
    <message>
        <source>Cannot read this file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header not recognised: %1. Map its columns to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files; the first %2 are previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Column Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::GroupingRulesDialog</name>
    <message>
        <source>Workload Grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules are tried from the top; the first that matches names a resource&apos;s workload. Resources no rule takes are grouped by resource group. Resources moved by hand stay where they were put, whatever the rules say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources moved by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Mo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workload grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload for %1 (pick one or type a new name):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::GroupingRulesModel</name>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matched value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the tag&apos;s value names the workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the matched value names the workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag key, e.g. app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcards * and ?, or a regular expression; empty matches any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key or pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ImportFilesModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amortized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOCUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ImportPage</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>…or drop export files, folders or a manifest.json anywhere in the window.</source>
        <translation>…oder Exportdateien, Ordner oder eine manifest.json irgendwo ins Fenster ziehen.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Import ist fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>cloudshift::ImportProgressPanel</name>
    <message>
        <source>&lt;b&gt;Importing…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Import läuft…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelling…&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wird abgebrochen…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Opening the files…</source>
        <translation>Dateien werden geöffnet…</translation>
    </message>
</context>
<context>
    <name>cloudshift::ImportSummaryPanel</name>
    <message>
        <source>(effective, amortized: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 effective, amortized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the reasons are listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped rows and other problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 more not listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::LatencyChart</name>
    <message>
        <source>Round trip (ms); boxes: 80 % band of modelled values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (Azure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (target)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::MainWindow</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Ressourcen</translation>
    </message>
    <message>
        <source>&amp;Mapping</source>
        <translation>&amp;Zuordnung</translation>
    </message>
    <message>
        <source>&amp;Scenarios</source>
        <translation>&amp;Szenarien</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Analysis cancelled</source>
        <translation>Analyse abgebrochen</translation>
    </message>
    <message>
        <source>CloudShift</source>
        <translation>CloudShift</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Exports…</source>
        <translation>Exporte &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Export &amp;Folder…</source>
        <translation>Export-&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find Workload</source>
        <translation>Workload &amp;suchen</translation>
    </message>
    <message>
        <source>Workload &amp;Grouping…</source>
        <translation>Workload-&amp;Gruppierung…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CloudShift</source>
        <translation>Ü&amp;ber CloudShift</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analyse läuft…</translation>
    </message>
    <message>
        <source>%1 rows read, %2 resources in %3 workloads</source>
        <translation>%1 Zeilen gelesen, %2 Ressourcen in %3 Workloads</translation>
    </message>
    <message>
        <source>Analysis failed</source>
        <translation>Analyse fehlgeschlagen</translation>
    </message>
    <message>
        <source>Ris&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::MappingPage</name>
    <message>
        <source>&amp;Not mapped only</source>
        <translation>&amp;Nur nicht zugeordnete</translation>
    </message>
    <message>
        <source>&amp;Let the mapper choose</source>
        <translation>&amp;Automatisch zuordnen</translation>
    </message>
    <message>
        <source>Filter by workload, resource, SKU or region</source>
        <translation>Nach Workload, Ressource, SKU oder Region filtern</translation>
    </message>
    <message>
        <source>Only resources without a priced target on AWS or Google Cloud: they keep their Azure cost</source>
        <translation>Nur Ressourcen ohne bepreistes Ziel auf AWS oder Google Cloud: Sie behalten ihre Azure-Kosten</translation>
    </message>
    <message>
        <source>Forget the target SKU and region chosen for the selected row on both clouds</source>
        <translation>Die für die ausgewählte Zeile gewählte Ziel-SKU und Zielregion in beiden Clouds verwerfen</translation>
    </message>
    <message>
        <source>Double-click an AWS or Google Cloud SKU or region to choose another; CloudShift re-prices with it. Choices made: %1.</source>
        <translation>Doppelklicken Sie auf eine SKU oder Region von AWS oder Google Cloud, um eine andere zu wählen; CloudShift berechnet die Preise damit neu. Getroffene Auswahlen: %1.</translation>
    </message>
    <message>
        <source>Let the mapper choose for %1</source>
        <translation>Automatisch zuordnen für %1</translation>
    </message>
</context>
<context>
    <name>cloudshift::MappingTableModel</name>
    <message>
        <source>Choose a target for every resource of %1 (a resource&apos;s own choice wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 USD/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload / resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::MonthlyCostChart</name>
    <message>
        <source>Cost per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::MonthlyCostModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All to AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All to Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::OverviewPage</name>
    <message>
        <source>Saving %1 (%2) against Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes %1 of Azure cost carried over unpriced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing analysed yet. The Import page shows what was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure (baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All to AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All to Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished">Importiert</translation>
    </message>
    <message>
        <source>Filter workloads by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2, one month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2, %3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resources in %2 workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices as of %1</source>
        <translation type="unfinished">Preisstand %1</translation>
    </message>
</context>
<context>
    <name>cloudshift::PlacementEdit</name>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wave start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wave duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::PopulationListModel</name>
    <message>
        <source>users near %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where (cloud:region or latitude, longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::PopulationsDialog</name>
    <message>
        <source>Users of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the workload&apos;s users are, and their share of its traffic. CloudShift estimates each group&apos;s round trip before and after the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Near the Azure region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this list: users are assumed near the Azure regions the workload runs in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::PresentationWindow</name>
    <message>
        <source>CloudShift presentation</source>
        <translation>CloudShift-Präsentation</translation>
    </message>
    <message>
        <source>%1 / %2   ← → to move, Esc to leave</source>
        <translation>%1 / %2   ← → zum Blättern, Esc zum Beenden</translation>
    </message>
</context>
<context>
    <name>cloudshift::ProjectDocument</name>
    <message>
        <source>Nothing to save yet: open exports first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ProjectFileActions</name>
    <message>
        <source>Open &amp;Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>CloudShift</source>
        <translation>CloudShift</translation>
    </message>
    <message>
        <source>%1[*] — CloudShift</source>
        <translation>%1[*] — CloudShift</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>CloudShift stopped with unsaved changes to %1 (kept at %2). Recover them?</source>
        <translation>CloudShift wurde mit nicht gespeicherten Änderungen an %1 beendet (gesichert unter %2). Sollen sie wiederhergestellt werden?</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>this project</source>
        <translation>diesem Projekt</translation>
    </message>
    <message>
        <source>Recover Unsaved Project</source>
        <translation>Nicht gespeichertes Projekt wiederherstellen</translation>
    </message>
    <message>
        <source>CloudShift stopped with a project that was never saved. Recover it?</source>
        <translation>CloudShift wurde mit einem nie gespeicherten Projekt beendet. Soll es wiederhergestellt werden?</translation>
    </message>
</context>
<context>
    <name>cloudshift::ProjectionCostModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay on Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All to AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All to Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>cloudshift::RedactedExportActions</name>
    <message>
        <source>Save Re&amp;dacted Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Redacted Re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project with subscriptions, resources, groups and tags replaced by aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report with subscriptions, resources, groups and tags replaced by aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Redacted Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloudShift projects (*.cloudshift)</source>
        <translation type="unfinished">CloudShift-Projekte (*.cloudshift)</translation>
    </message>
    <message>
        <source>Export Redacted Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ResourceTableModel</name>
    <message>
        <source>No equivalent priced: the Azure cost is carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 at %3 USD/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCP SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCP confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ResourcesPage</name>
    <message>
        <source>Filter resources by workload</source>
        <translation>Ressourcen nach Workload filtern</translation>
    </message>
    <message>
        <source>&amp;Move to Workload…</source>
        <translation>In Workload &amp;verschieben…</translation>
    </message>
</context>
<context>
    <name>cloudshift::RiskFactorModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::RiskPage</name>
    <message>
        <source>&amp;Reset weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every risk factor its default weight again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workload assessed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;dependencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the flows between workloads from a CSV file (from, to, gb_per_month, calls_per_second): they score cross-cloud chattiness and the cost of calls across clouds during the waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the selected workload&apos;s users are: their round trips before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan risk %1 of 100, data confidence %2 of 5, over %3 workloads (weighted by their Azure cost). Double-click a weight to change it; CloudShift re-scores every workload. Dependencies listed: %4, of which %5 cross clouds during the waves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency lists (*.csv *.csv.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::RiskSavingsChart</name>
    <message>
        <source>Migration risk (0 = none, 100 = every factor at its worst)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::RiskWorkloadModel</name>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users&apos; RTT now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ScenarioAssumptionsPanel</name>
    <message>
        <source>Azure waives exit egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months simulated, 12 to 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly run-cost growth, applied alike to every cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months the Azure side keeps running after a workload has moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency the figures are shown in; empty = the bill&apos;s currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of the currency per US dollar: catalog prices are in USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Growth per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parallel running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD &amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour per &amp;vCPU (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour per resource moved (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labour for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>egress waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labour per vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions of the built-in scenarios (staying on Azure and the optimised placement)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ScenarioListModel</name>
    <message>
        <source>Built in: duplicate it to change placements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ScenarioPage</name>
    <message>
        <source>Filter workloads by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in scenario: its placements follow from the bill and the optimiser. Duplicate it to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected workloads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Wave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Sp&amp;ot Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Spot Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of compute hours on spot capacity (AWS and Google Cloud), %:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 less than staying on Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than staying on Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;TCO over %1 months: %2&lt;/b&gt; — %3 (%4) · one-time %5 · break-even: %6 · %7 of the cost mapped · run rate %8 a month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ScenarioPlacementDelegate</name>
    <message>
        <source>Month </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::ScenarioPlacementModel</name>
    <message>
        <source>The region most of this workload&apos;s cost maps to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour %1, egress %2, parallel running %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure/mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target/mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::StartPage</name>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Import exports…</source>
        <translation>Exporte importieren…</translation>
    </message>
    <message>
        <source>Open a project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to CloudShift&lt;/h1&gt;&lt;p&gt;Compare what your Azure workloads cost today with what they would cost on AWS and Google Cloud. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei CloudShift&lt;/h1&gt;&lt;p&gt;Vergleichen Sie, was Ihre Azure-Workloads heute kosten, mit dem, was sie auf AWS und Google Cloud kosten würden. Alle Daten bleiben auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A sample company&apos;s year of Azure costs, analysed in a few seconds.</source>
        <translation>Ein Jahr Azure-Kosten eines Beispielunternehmens, in wenigen Sekunden analysiert.</translation>
    </message>
    <message>
        <source>Azure cost exports: EA, MCA, pay-as-you-go or FOCUS; CSV or .csv.gz, a folder of part files or a manifest.json. You can also drop them here.</source>
        <translation>Azure-Kostenexporte: EA, MCA, Pay-as-you-go oder FOCUS; CSV oder .csv.gz, ein Ordner mit Teildateien oder eine manifest.json. Sie können sie auch hierher ziehen.</translation>
    </message>
    <message>
        <source>A saved CloudShift project (.cloudshift).</source>
        <translation>Ein gespeichertes CloudShift-Projekt (.cloudshift).</translation>
    </message>
    <message>
        <source>Recent exports</source>
        <translation>Zuletzt geöffnete Exporte</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cloudshift::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark colours</source>
        <translation>Den hellen oder dunklen Farben des Desktops folgen</translation>
    </message>
</context>
<context>
    <name>cloudshift::TopSavingsChart</name>
    <message>
        <source>Mapping exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays on Azure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::WaveModel</name>
    <message numerus="yes">
        <source>Wave %1: %2 – %3, %n workload(s): %4
One-time cost %5; saves %6 per month once done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wave %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::WaveTimelineChart</name>
    <message>
        <source>Moves to AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays on Azure, new pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wave %2, %3 months from %4, to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cost per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cost per month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::WorkloadOutlookModel</name>
    <message>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 per month now, %4 once moved; saves %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: risk %2 of 100, data confidence %3 of 5; saves %4 per month; costs %5 per month today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on Azure (%3), %4 on %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modelled, 80 % band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now / month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving / month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloudshift::WorkloadTableModel</name>
    <message>
        <source>%1 (grouped by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving on AWS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving on Google Cloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 VMs mapped to AWS; the weakest match decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 VMs mapped to Google Cloud; the weakest match decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCP saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCP confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
