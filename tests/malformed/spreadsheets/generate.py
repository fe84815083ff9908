#!/usr/bin/env python3
"""Writes the malformed spreadsheet corpus: XLSX workbooks built from raw XML (so that each defect is
exactly the one named: merged cells, formulas with and without saved values, error cells, dates as
text or as serial numbers, the 1900 and 1904 date systems, wrong types, empty rows) and CSV files.
cases.json names the finding codes each file must produce. Run: python3 generate.py"""
import json, os, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def col(i):
    s = ''
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def cell(ref, v):
    """v: str -> inline string; int/float -> number; ('date', serial) -> date-styled number; ('f', formula, cached or None);
    ('e', '#N/A'); ('b', 1); ('s', index) shared string."""
    if v is None:
        return ''
    if isinstance(v, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    kind = v[0]
    if kind == 'date':
        return f'<c r="{ref}" s="1"><v>{v[1]}</v></c>'
    if kind == 'f':
        cached = '' if v[2] is None else f'<v>{v[2]}</v>'
        t = ' t="str"' if isinstance(v[2], str) else ''
        return f'<c r="{ref}"{t}><f>{escape(v[1])}</f>{cached}</c>'
    if kind == 'e':
        return f'<c r="{ref}" t="e"><v>{v[1]}</v></c>'
    if kind == 'b':
        return f'<c r="{ref}" t="b"><v>{v[1]}</v></c>'
    if kind == 'd':
        return f'<c r="{ref}" t="d"><v>{v[1]}</v></c>'
    raise ValueError(v)

def sheet_xml(rows, merges=()):
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {NS}><sheetData>']
    for number, values in rows:
        out.append(f'<row r="{number}">' + ''.join(cell(f'{col(i)}{number}', v) for i, v in enumerate(values)) + '</row>')
    out.append('</sheetData>')
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">' + ''.join(f'<mergeCell ref="{m}"/>' for m in merges) + '</mergeCells>')
    out.append('</worksheet>')
    return ''.join(out)

def workbook(path, sheets, date1904=False):
    """sheets: list of (name, rows, merges)."""
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            + ''.join(f'<Override PartName="/xl/worksheets/sheet{i+1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(len(sheets)))
            + '</Types>')
        z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>'
        z.writestr('xl/workbook.xml', f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS}>{pr}<sheets>'
            + ''.join(f'<sheet name="{escape(name)}" sheetId="{i+1}" r:id="rId{i+1}"/>' for i, (name, _, _) in enumerate(sheets)) + '</sheets></workbook>')
        z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + ''.join(f'<Relationship Id="rId{i+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i+1}.xml"/>' for i in range(len(sheets)))
            + f'<Relationship Id="rId{len(sheets)+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
        z.writestr('xl/styles.xml', f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
            '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
        for i, (_, rows, merges) in enumerate(sheets):
            z.writestr(f'xl/worksheets/sheet{i+1}.xml', sheet_xml(rows, merges))

CERTS = ('Certifications', [(1, ['Person', 'Credential', 'Certified on']), (2, ['E1', 'CMA', ('date', 44237)])], ())  # 2021-02-10
HEAD = ['Person', 'Activity ID', 'Kind', 'Completed on', 'Amount', 'Unit', 'Category']
cases = {}

def case(name, codes, note):
    cases[name] = {'codes': codes, 'note': note}

workbook(os.path.join(HERE, 'wrong-types.xlsx'), [('Activities', [(1, HEAD),
    (2, ['E1', 'a1', 'course', ('date', 44600), 'two', 'aama-point', 'general']),
    (3, ['E1', 'a2', 'course', ('b', 1), 2, 'aama-point', 'general']),
    (4, ['E1', 'a3', 'course', ('date', 44600), -1, 'aama-point', 'general']),
    (5, ['E1', 'a4', 'course', ('date', 44600), 1.234, 'aama-point', 'general']),
    (6, ['E1', 'a5', 42, ('date', 44600), 1, 'aama-point', 'general'])], ()), CERTS])
case('wrong-types.xlsx', ['not-a-number', 'not-a-date', 'negative-amount', 'over-precise-amount', 'unknown-kind', 'activity-left-out'], 'text in a number column, a boolean in a date column, a negative and an over-precise amount, a number as a kind')

workbook(os.path.join(HERE, 'merged-cells.xlsx'), [('Activities', [(1, HEAD),
    (2, ['E1', 'a1', 'course', ('date', 44600), 2, 'aama-point', 'clinical']),
    (3, [None, 'a2', 'course', ('date', 44601), 3, 'aama-point', 'general']),
    (4, [None, 'a3', 'course', ('date', 44602), 1, 'aama-point', 'general'])], ('A2:A4',)), CERTS])
case('merged-cells.xlsx', ['merged-cells'], 'the person merged over three rows: read in each, with a warning')

workbook(os.path.join(HERE, 'empty-rows.xlsx'), [('Activities', [(1, HEAD),
    (2, ['E1', 'a1', 'course', ('date', 44600), 2, 'aama-point', 'clinical']),
    (5, ['E1', 'a2', 'course', ('date', 44601), 3, 'aama-point', 'general']),
    (6, [None, None, None, None, None, None, None]),
    (9, ['E1', 'a3', 'course', ('date', 44602), None, 'aama-point', 'general'])], ()), CERTS])
case('empty-rows.xlsx', ['missing-value', 'activity-left-out'], 'empty rows are skipped; row 9 keeps its number in the finding')

workbook(os.path.join(HERE, 'formulas.xlsx'), [('Activities', [(1, HEAD),
    (2, ['E1', 'a1', 'course', ('date', 44600), ('f', '1+1', 2), 'aama-point', 'clinical']),
    (3, ['E1', 'a2', 'course', ('date', 44600), ('f', 'SUM(Z1:Z9)', None), 'aama-point', 'clinical']),
    (4, ['E1', 'a3', 'course', ('date', 44600), ('e', '#N/A'), 'aama-point', 'clinical']),
    (5, ['E1', 'a4', ('f', 'LOWER("COURSE")', 'course'), ('date', 44600), 1, 'aama-point', 'clinical'])], ()), CERTS])
case('formulas.xlsx', ['bad-cell', 'activity-left-out'], 'a formula with a saved value is read; one without, and an error value, are findings')

workbook(os.path.join(HERE, 'dates-as-text-and-serials.xlsx'), [('Activities', [(1, HEAD),
    (2, ['E1', 'a1', 'course', '2022-02-07', 2, 'aama-point', 'clinical']),
    (3, ['E1', 'a2', 'course', '2/7/2022', 2, 'aama-point', 'clinical']),
    (4, ['E1', 'a3', 'course', 44599, 2, 'aama-point', 'clinical']),
    (5, ['E1', 'a4', 'course', '31/02/2024', 2, 'aama-point', 'clinical']),
    (6, ['E1', 'a5', 'course', ('date', 60), 2, 'aama-point', 'clinical']),
    (7, ['E1', 'a6', 'course', ('d', '2022-02-07T00:00:00'), 2, 'aama-point', 'clinical']),
    (8, ['E1', 'a7', 'course', 12.5, 2, 'aama-point', 'clinical'])], ()), CERTS])
case('dates-as-text-and-serials.xlsx', ['date-as-number', 'not-a-date', 'bad-cell', 'activity-left-out'], 'ISO and US text dates read; an unformatted serial read with a warning; 31/02 and the fictitious 1900-02-29 are findings')

workbook(os.path.join(HERE, 'date1904.xlsx'), [('Activities', [(1, HEAD),
    (2, ['E1', 'a1', 'course', ('date', 42777), 2, 'aama-point', 'clinical'])], ()),
    ('Certifications', [(1, ['Person', 'Credential', 'Certified on']), (2, ['E1', 'CMA', ('date', 42775)])], ())], date1904=True)
case('date1904.xlsx', [], 'the 1904 date system: 42777 is 2021-02-12 (it would be 2017-02-11 in the 1900 system)')

workbook(os.path.join(HERE, 'missing-sheet.xlsx'), [('Sheet1', [(1, HEAD), (2, ['E1', 'a1', 'course', ('date', 44600), 2, 'aama-point', 'clinical'])], ())])
case('missing-sheet.xlsx', ['missing-sheet', 'unknown-sheet'], 'no certifications sheet; the one sheet has another name')

workbook(os.path.join(HERE, 'headers.xlsx'), [('Activities', [(1, ['Person', 'Kind', 'Kind', 'Completed on', 'Shoe size']),
    (2, ['E1', 'course', 'course', ('date', 44600), 44])], ()),
    ('Certifications', [(1, ['Person', 'Credential']), (2, ['E1', 'CMA'])], ())])
case('headers.xlsx', ['duplicate-column', 'unknown-column', 'missing-column', 'certification-left-out', 'person-left-out'], 'a duplicate, an unknown and a missing column')

workbook(os.path.join(HERE, 'unknown-person.xlsx'), [('Activities', [(1, HEAD),
    (2, ['E9', 'a1', 'course', ('date', 44600), 2, 'aama-point', 'clinical'])], ()), CERTS])
case('unknown-person.xlsx', ['unknown-person'], 'an activity of a person without a certification row')

with open(os.path.join(HERE, 'not-a-zip.xlsx'), 'wb') as f:
    f.write(b'Person,Credential\nE1,CMA\n')
case('not-a-zip.xlsx', ['not-a-workbook'], 'a CSV file named .xlsx')

with open(os.path.join(HERE, 'wrong-types.xlsx'), 'rb') as f:
    data = f.read()
with open(os.path.join(HERE, 'truncated.xlsx'), 'wb') as f:
    f.write(data[: len(data) // 2])
case('truncated.xlsx', ['not-a-workbook'], 'half a workbook')

with open(os.path.join(HERE, 'windows-1252.csv'), 'wb') as f:
    f.write('Employee ID,Credential,Certification Date,Name\r\nE1,CMA,2021-02-10,Anna Müller\r\n'.encode('cp1252'))
case('windows-1252.csv', ['encoding-windows-1252'], 'the encoding Excel on Windows writes for "CSV": read, with a note')

with open(os.path.join(HERE, 'bad-certifications.csv'), 'w', encoding='utf-8', newline='') as f:
    f.write('Person;Credential;Certified on;Member\nE1;CMA;2021-02-30;maybe\nE2;XYZ;2021-02-10;no\n;CMA;2021-02-10;no\n')
case('bad-certifications.csv', ['not-a-date', 'not-yes-or-no', 'unknown-credential', 'missing-value', 'certification-left-out', 'row-left-out'], 'semicolons; a bad date, a bad yes/no, an unknown credential, no person')

with open(os.path.join(HERE, 'empty.csv'), 'wb') as f:
    pass
case('empty.csv', ['not-csv'], 'an empty file')

with open(os.path.join(HERE, 'binary.csv'), 'wb') as f:
    f.write(bytes(range(256)) * 4)
case('binary.csv', ['encoding-windows-1252', 'missing-column', 'certification-left-out', 'person-left-out'], 'bytes that are no text')

with open(os.path.join(HERE, 'cases.json'), 'w', encoding='utf-8') as f:
    json.dump(cases, f, indent=2, sort_keys=True)
    f.write('\n')
