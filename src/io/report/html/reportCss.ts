/**
 * Print CSS of the HTML report: A4 portrait with the Peta Rencana on landscape pages (a named
 * page), table headers repeated on every page by the browser, rows kept whole.
 */
export const REPORT_CSS = `
@page { size: A4 portrait; margin: 25mm 20mm 22mm 25mm; }
@page landscape { size: A4 landscape; margin: 20mm 15mm 20mm 15mm; }
* { box-sizing: border-box; }
body { font-family: "Liberation Serif", "Times New Roman", "Noto Serif", "Noto Naskh Arabic", "Noto Color Emoji", serif; font-size: 11pt; line-height: 1.4; color: #000; margin: 0; }
main { margin: 0; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 12pt; break-before: page; text-transform: uppercase; }
h2 { font-size: 12pt; margin: 14pt 0 6pt; break-after: avoid; }
p { text-align: justify; margin: 0 0 8pt; }
table { border-collapse: collapse; width: 100%; margin: 0 0 10pt; font-size: 9pt; }
th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; overflow-wrap: break-word; hyphens: auto; }
table.fixed { table-layout: fixed; font-size: 8pt; }
th { background: #d9e2f3; font-weight: bold; text-align: center; vertical-align: middle; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.center { text-align: center; }
td.active { background: #e2efd9; text-align: center; }
tr.total td { font-weight: bold; background: #f2f2f2; }
.cover { height: 240mm; display: flex; flex-direction: column; align-items: center; justify-content: space-between; text-align: center; padding: 20mm 0; }
.cover .org { font-size: 16pt; font-weight: bold; text-transform: uppercase; }
.cover .title { font-size: 22pt; font-weight: bold; margin: 10mm 0 4mm; }
.cover .plan { font-size: 14pt; }
.cover .emblem { width: 30mm; height: 30mm; border: 1.5pt solid #1f3864; border-radius: 50%; display: flex; align-items: center; justify-content: center; font-size: 10pt; color: #1f3864; font-weight: bold; }
.cover .date { font-size: 12pt; }
nav.toc { break-before: page; }
nav.toc h1 { break-before: avoid; }
nav.toc ol { list-style: none; padding: 0; }
nav.toc li.l2 { padding-left: 10mm; }
nav.toc a { color: #000; text-decoration: none; }
.chart { margin: 6pt 0 12pt; }
.chart .row { display: flex; align-items: center; gap: 4pt; margin: 2pt 0; font-size: 9pt; }
.chart .label { width: 38mm; }
.chart .bars { flex: 1; }
.chart .bar { height: 7pt; margin: 1pt 0; }
.chart .bar.asis { background: #8eaadb; }
.chart .bar.tobe { background: #1f3864; }
.chart .legend { font-size: 8pt; margin-top: 4pt; }
.chart .swatch { display: inline-block; width: 8pt; height: 8pt; margin: 0 3pt 0 8pt; vertical-align: middle; }
figure.index-chart { margin: 6pt 0 12pt; break-inside: avoid; }
figure.index-chart svg { display: block; width: 100%; height: auto; }
figure.index-chart .legend { font-size: 8pt; margin-top: 3pt; }
figure.index-chart .swatch { display: inline-block; width: 8pt; height: 8pt; margin: 0 3pt 0 8pt; vertical-align: middle; }
section.landscape { page: landscape; }
figure.diagram { margin: 0 0 8pt; break-inside: avoid; text-align: center; }
figure.diagram svg { display: block; width: 100%; height: auto; max-height: 150mm; }
figure.diagram figcaption { font-size: 9pt; font-style: italic; margin-top: 3pt; }
section.diagrams figure.diagram + figure.diagram { break-before: page; }
section.landscape table { font-size: 7.5pt; }
table.roadmap { table-layout: fixed; }
table.roadmap th { padding: 2pt 1pt; }
tr.muatan td { background: #d9e2f3; font-weight: bold; }
tr.program td { background: #f2f2f2; font-weight: bold; }
tr.muatan, tr.program { break-after: avoid; }
.muted { color: #444; font-size: 9pt; }
@media screen { body { background: #eee; } main { background: #fff; padding: 20mm; margin: 10mm auto; max-width: 210mm; } section.landscape { max-width: none; } }
`
