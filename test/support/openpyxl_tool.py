"""Workbooks as other tools write them, for the command line's no-data-loss tests (python3-openpyxl from Debian).

  decorate IN OUT   adds what HR adds: a comment, a chart, a picture (when Pillow is there), an extra sheet
                    with a formula, a defined name of the user's, a hyperlink
  dump FILE         every cell of every sheet as JSON: {"sheet!A1": value or "=formula"}
  delete-name IN OUT NAME   deletes a defined name, as HR does in Name Manager
"""
import json
import sys

import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName


def decorate(src, out):
    wb = openpyxl.load_workbook(src)
    scores = [ws for ws in wb.worksheets if ws.title not in ('Rules', '评分规则', 'Calibration', '校准', 'Improvement plan', '改进计划')][0]
    scores['A15'].comment = Comment('Joined in March: check the CRM export', 'HRBP Liu')
    notes = wb.create_sheet('My notes')
    notes['A1'] = 'Quarter'
    notes['B1'] = 'Budget'
    for i, (q, b) in enumerate([('Q1', 100), ('Q2', 120), ('Q3', 90)], start=2):
        notes[f'A{i}'] = q
        notes[f'B{i}'] = b
    notes['B5'] = '=SUM(B2:B4)'
    notes['A7'] = 'Intranet'
    notes['A7'].hyperlink = 'https://intranet.example/hr'
    chart = BarChart()
    chart.title = 'Budget by quarter'
    chart.add_data(Reference(notes, min_col=2, min_row=1, max_row=4), titles_from_data=True)
    chart.set_categories(Reference(notes, min_col=1, min_row=2, max_row=4))
    notes.add_chart(chart, 'D2')
    try:
        from PIL import Image as PILImage
        from openpyxl.drawing.image import Image
        PILImage.new('RGB', (40, 20), (200, 30, 30)).save(out + '.png')
        notes.add_image(Image(out + '.png'), 'D20')
    except ImportError:
        pass
    wb.defined_names.append(DefinedName('MyBudget', attr_text="'My notes'!$B$2:$B$4"))
    wb.save(out)


def calibration_chart(src, out):
    """HR's own chart on the Calibration sheet (openpyxl drops the charts it read: the tool's too)."""
    wb = openpyxl.load_workbook(src)
    ws = wb['Calibration'] if 'Calibration' in wb.sheetnames else wb['校准']
    chart = BarChart()
    chart.title = 'HR own chart'
    chart.add_data(Reference(ws, min_col=13, min_row=6, max_row=9))
    ws.add_chart(chart, 'AH2')
    wb.save(out)


def dump(path):
    wb = openpyxl.load_workbook(path)
    cells = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    cells[f'{ws.title}!{c.coordinate}'] = v if isinstance(v, (int, float, str, bool)) else str(v)
    print(json.dumps(cells, ensure_ascii=False))


def delete_name(src, out, name):
    wb = openpyxl.load_workbook(src)
    del wb.defined_names[name]
    wb.save(out)


if __name__ == '__main__':
    {
        'decorate': lambda: decorate(sys.argv[2], sys.argv[3]),
        'calibration-chart': lambda: calibration_chart(sys.argv[2], sys.argv[3]),
        'dump': lambda: dump(sys.argv[2]),
        'delete-name': lambda: delete_name(sys.argv[2], sys.argv[3], sys.argv[4]),
    }[sys.argv[1]]()
