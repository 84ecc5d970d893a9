import sys, html
# usage: mkfodt.py spec.py out.fodt ; spec defines TITLE, HEADER (list), ROWS (list of lists; None = covered by rowspan; (text, n) = rowspan n;
# (text, -n) = colspan n, (text, -n, 'center') centred), REPEAT (bool), RUNNING (str), WIDTHS (list of cm), JUSTIFY (cells' text justified; a list: only those columns'),
# KEEP (rows not split over pages), PADDING (cells' padding), HEADERS (several header rows, in place of HEADER, with the same cell forms as ROWS)
spec = {}
exec(open(sys.argv[1], encoding='utf-8').read(), spec)
e = lambda s: html.escape(s, quote=False)
def paras(text, style='P1'):
    return ''.join('<text:p text:style-name="%s">%s</text:p>' % (style, e(p)) for p in text.split('\n'))
cols = ''.join('<style:style style:name="C%d" style:family="table-column"><style:table-column-properties style:column-width="%scm"/></style:style>' % (i, w) for i, w in enumerate(spec['WIDTHS']))
out = ['''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="CJK" svg:font-family="'Noto Serif CJK SC'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="CJK" style:font-name-asian="CJK" fo:font-size="%spt" style:font-size-asian="%spt"/></style:default-style></office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="%s" fo:page-height="%s" style:print-orientation="%s" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style/><style:footer-style/></style:page-layout>
<style:style style:name="T" style:family="table"><style:table-properties style:width="%scm" table:align="center"/></style:style>
%s
<style:style style:name="CELL" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="%s" style:vertical-align="%s"/></style:style>
<style:style style:name="P1" style:family="paragraph">%s</style:style>
<style:style style:name="R" style:family="table-row"><style:table-row-properties fo:keep-together="always"/></style:style>
<style:style style:name="PJ" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="PC" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">''' % (spec.get('SIZE', 10.5), spec.get('SIZE', 10.5),
   spec.get('PW', '29.7cm'), spec.get('PH', '21cm'), spec.get('ORIENT', 'landscape'), sum(spec['WIDTHS']), cols, spec.get('PADDING', '0.1cm'), spec.get('VALIGN', 'middle'),
   '<style:paragraph-properties fo:text-align="justify"/>' if spec.get('JUSTIFY') is True else '')]
if spec.get('RUNNING'):
    out.append('<style:header><text:p text:style-name="PC">%s</text:p></style:header>' % e(spec['RUNNING']))
out.append('<style:footer><text:p text:style-name="PC">%s<text:page-number text:select-page="current">1</text:page-number>%s</text:p></style:footer>' % (e(spec.get('PAGEPRE', '— ')), e(spec.get('PAGEPOST', ' —'))))
out.append('</style:master-page></office:master-styles><office:body><office:text>')
for p in spec.get('BEFORE', []):
    out.append('<text:p text:style-name="P1">%s</text:p>' % e(p))
out.append('<table:table table:name="T1" table:style-name="T">')
out.append(''.join('<table:table-column table:style-name="C%d"/>' % i for i in range(len(spec['WIDTHS']))))
def row(cells):
    r = ['<table:table-row table:style-name="R">' if spec.get('KEEP') else '<table:table-row>']
    for i, c in enumerate(cells):
        if c is None:
            r.append('<table:covered-table-cell/>')
        elif isinstance(c, tuple) and c[1] < 0:
            r.append('<table:table-cell table:style-name="CELL" table:number-columns-spanned="%d" office:value-type="string">%s</table:table-cell>' % (-c[1], paras(c[0], 'PC' if c[2:] == ('center',) else 'P1')))
            r.append('<table:covered-table-cell/>' * (-c[1] - 1))
        elif isinstance(c, tuple):
            r.append('<table:table-cell table:style-name="CELL" table:number-rows-spanned="%d" office:value-type="string">%s</table:table-cell>' % (c[1], paras(c[0])))
        else:
            r.append('<table:table-cell table:style-name="CELL" office:value-type="string">%s</table:table-cell>' % paras(c, 'PJ' if isinstance(spec.get('JUSTIFY'), list) and i in spec['JUSTIFY'] else 'P1'))
    r.append('</table:table-row>')
    return ''.join(r)
headers = spec.get('HEADERS') or [spec['HEADER']]
if spec.get('REPEAT', True):
    out.append('<table:table-header-rows>' + ''.join(row(h) for h in headers) + '</table:table-header-rows>')
else:
    out.append(''.join(row(h) for h in headers))
for r in spec['ROWS']:
    out.append(row(r))
out.append('</table:table>')
for p in spec.get('AFTER', []):
    out.append('<text:p text:style-name="P1">%s</text:p>' % e(p))
out.append('</office:text></office:body></office:document>')
open(sys.argv[2], 'w', encoding='utf-8').write(''.join(out))
