// Every message staff can see, in Vietnamese and English. CONTRIBUTING.md is checked against this list.
import { reportMessages } from '../reports/messages.ts';
export interface MessageParams {
  value?: string;
  expected?: string;
  hint?: string;
  [key: string]: string | number | undefined;
}

interface MessageText {
  vi: (p: MessageParams) => string;
  en: (p: MessageParams) => string;
}

export const messages = {
  'file-missing': {
    vi: (p) => `Không tìm thấy tệp ${p.expected}. Mỗi bộ dữ liệu cần cả tệp .csv và tệp .yml cùng tên.`,
    en: (p) => `File ${p.expected} not found. Each dataset needs both a .csv and a .yml file with the same name.`,
  },
  'encoding-utf16': {
    vi: () => 'Tệp được lưu dạng UTF-16 (Unicode). Hãy lưu lại bằng "CSV UTF-8 (Comma delimited)".',
    en: () => 'The file is saved as UTF-16 (Unicode). Save it again as "CSV UTF-8 (Comma delimited)".',
  },
  'encoding-not-utf8': {
    vi: () => 'Tệp không phải UTF-8 (có thể là Windows-1258 hoặc TCVN3), dấu tiếng Việt sẽ bị hỏng. Hãy lưu lại bằng "CSV UTF-8 (Comma delimited)".',
    en: () => 'The file is not UTF-8 (perhaps Windows-1258 or TCVN3), so Vietnamese diacritics would break. Save it again as "CSV UTF-8 (Comma delimited)".',
  },
  'semicolon-separated': {
    vi: () => 'Các cột được ngăn cách bằng dấu chấm phẩy (;). Hãy lưu lại bằng "CSV UTF-8 (Comma delimited)" để cột ngăn cách bằng dấu phẩy (,).',
    en: () => 'Columns are separated by semicolons (;). Save again as "CSV UTF-8 (Comma delimited)" so columns are separated by commas (,).',
  },
  'empty-file': {
    vi: () => 'Tệp trống: dòng đầu tiên phải là dòng tiêu đề cột.',
    en: () => 'The file is empty: the first line must be the header row.',
  },
  'csv-syntax': {
    vi: () => 'Lỗi cú pháp CSV từ dòng này: dấu ngoặc kép không khớp (mở mà không đóng, hoặc nằm giữa một ô). Ô có dấu phẩy hoặc xuống dòng phải đặt trong ngoặc kép "..."; dấu ngoặc kép bên trong ô viết thành "".',
    en: () => 'CSV syntax error from this line: unmatched double quote (opened and never closed, or in the middle of a cell). A cell containing a comma or a line break must be wrapped in double quotes "..."; a quote inside the cell is written "".',
  },
  'header-mismatch': {
    vi: (p) => `Dòng tiêu đề phải đúng là: ${p.expected}. Cột ${p.hint}.`,
    en: (p) => `The header row must be exactly: ${p.expected}. Column ${p.hint}.`,
  },
  'field-count': {
    vi: (p) => `Dòng này có ${p.value} ô, cần đúng ${p.expected} ô như dòng tiêu đề. Kiểm tra dấu phẩy thừa/thiếu; ô có dấu phẩy phải đặt trong ngoặc kép.`,
    en: (p) => `This row has ${p.value} cells; it needs exactly ${p.expected}, like the header. Look for an extra or missing comma; a cell containing a comma must be in double quotes.`,
  },
  'blank-required': {
    vi: () => 'Ô này không được để trống. Nếu nguồn không có số liệu, hãy xoá cả dòng (không ghi 0).',
    en: () => 'This cell must not be blank. If the source gives no figure, delete the whole row (do not write 0).',
  },
  'thousands-separator': {
    vi: (p) => `Số không được có dấu phân cách hàng nghìn. Hãy viết ${p.hint}.`,
    en: (p) => `Numbers must not contain thousands separators. Write ${p.hint}.`,
  },
  'decimal-comma': {
    vi: (p) => `Dùng dấu chấm (.) cho phần thập phân, không dùng dấu phẩy. Hãy viết ${p.hint}.`,
    en: (p) => `Use a point (.) as the decimal mark, not a comma. Write ${p.hint}.`,
  },
  'percent-sign': {
    vi: (p) => `Không ghi ký hiệu %: đơn vị đã ghi trong tệp .yml. Hãy viết ${p.hint}.`,
    en: (p) => `Do not write the % sign: the unit is stated in the .yml file. Write ${p.hint}.`,
  },
  placeholder: {
    vi: () => 'Ký hiệu thay số (-, x, [x], ..., N/A) không được dùng. Nếu nguồn không có số liệu, hãy xoá cả dòng.',
    en: () => 'Placeholders (-, x, [x], ..., N/A) are not allowed. If the source gives no figure, delete the whole row.',
  },
  'not-a-number': {
    vi: () => 'Cần một số viết bằng chữ số, ví dụ 1510 hoặc 88.8.',
    en: () => 'A number written in digits is expected, for example 1510 or 88.8.',
  },
  'integer-required': {
    vi: (p) => `Đơn vị "${p.expected}" là số đếm nên phải là số nguyên không âm, ví dụ 73028.`,
    en: (p) => `The unit "${p.expected}" is a count, so a whole number of zero or more is required, for example 73028.`,
  },
  'negative-value': {
    vi: () => 'Giá trị này không được âm. Mức giảm ghi bằng số dương trong chỉ tiêu "giảm".',
    en: () => 'This value must not be negative. A fall is written as a positive number in a "reduction" measure.',
  },
  'percent-out-of-range': {
    vi: () => 'Tỷ lệ phải nằm trong khoảng 0 đến 100.',
    en: () => 'A share or rate must be between 0 and 100.',
  },
  'year-invalid': {
    vi: () => 'Năm phải là 4 chữ số, ví dụ 2010.',
    en: () => 'The year must be four digits, for example 2010.',
  },
  'year-implausible': {
    vi: (p) => `Năm ngoài khoảng hợp lý ${p.expected}. Kiểm tra lỗi gõ.`,
    en: (p) => `The year is outside the plausible range ${p.expected}. Check for a typo.`,
  },
  'unknown-code': {
    vi: (p) => `Giá trị không có trong danh sách cho phép: ${p.expected}.`,
    en: (p) => `Not one of the allowed values: ${p.expected}.`,
  },
  'unknown-source': {
    vi: () => 'Mã nguồn này không có trong data/sources.yml. Thêm tài liệu nguồn vào đó trước, hoặc sửa lỗi gõ.',
    en: () => 'This source id is not in data/sources.yml. Add the source document there first, or fix the typo.',
  },
  'formula-like': {
    vi: () => 'Ô chữ không được bắt đầu bằng =, +, -, @ hoặc ký tự tab: Excel sẽ coi đó là công thức. Hãy bỏ ký tự đó hoặc viết lại câu.',
    en: () => 'A text cell must not start with =, +, -, @ or a tab: Excel would run it as a formula. Remove that character or reword.',
  },
  'control-character': {
    vi: () => 'Ô chứa ký tự điều khiển không hiển thị được. Hãy gõ lại ô này.',
    en: () => 'The cell contains an invisible control character. Retype this cell.',
  },
  'duplicate-key': {
    vi: (p) => `Trùng dòng: năm, phân tổ và chỉ tiêu này đã có ở dòng ${p.hint}. Mỗi số liệu chỉ ghi một lần.`,
    en: (p) => `Duplicate row: this year, breakdown and measure already appear on line ${p.hint}. Each figure is written once.`,
  },
  'part-exceeds-whole': {
    vi: (p) => `${p.hint} lớn hơn tổng số (${p.expected}). Số của một nhóm không thể vượt tổng.`,
    en: (p) => `${p.hint} is larger than the total (${p.expected}). A part cannot exceed its whole.`,
  },
  'share-disagrees': {
    vi: (p) => `Tỷ lệ ghi ${p.value}% không khớp với số đếm: ${p.hint}. Nếu nguồn ghi đúng như vậy, đặt cột flag là source-inconsistent và giải thích ở note_vi/note_en; nếu không, sửa lỗi gõ.`,
    en: (p) => `The stated share ${p.value}% does not match the counts: ${p.hint}. If the source says exactly this, set flag to source-inconsistent and explain in note_vi/note_en; otherwise fix the typo.`,
  },
  'note-required': {
    vi: () => 'Dòng có cờ (flag) phải giải thích bằng cả note_vi và note_en.',
    en: () => 'A flagged row must explain the flag in both note_vi and note_en.',
  },
  'quote-required': {
    vi: () => 'Cần trích nguyên văn câu trong tài liệu nguồn có chứa số liệu này.',
    en: () => 'The exact sentence of the source document that contains this figure is required.',
  },
  'yaml-syntax': {
    vi: (p) => `Lỗi cú pháp YAML: ${p.hint}. Kiểm tra thụt lề (dùng dấu cách, không dùng tab) và dấu hai chấm.`,
    en: (p) => `YAML syntax error: ${p.hint}. Check the indentation (spaces, not tabs) and the colons.`,
  },
  'yaml-schema': {
    vi: (p) => `Mục "${p.hint}" không hợp lệ: ${p.expected_vi}.`,
    en: (p) => `Entry "${p.hint}" is not valid: ${p.expected_en}.`,
  },
  'undeclared-measure': {
    vi: (p) => `Không có chỉ tiêu nào mang mã này trong mục measures của tệp. Các mã có: ${p.expected}.`,
    en: (p) => `No measure with this id is declared under measures in this file. Declared: ${p.expected}.`,
  },
  'undeclared-breakdown': {
    vi: (p) => `Không có phân tổ nào mang mã này trong mục breakdowns của tệp. Các mã có: ${p.expected}.`,
    en: (p) => `No breakdown with this id is declared under breakdowns in this file. Declared: ${p.expected}.`,
  },
  'chart-measures': {
    vi: (p) => `Biểu đồ loại ${p.kind} cần ${p.expected_vi}; ${p.hint_vi}.`,
    en: (p) => `A ${p.kind} chart needs ${p.expected_en}; ${p.hint_en}.`,
  },
  'chart-needs-check': {
    vi: (p) => `Biểu đồ gender vẽ phần còn lại bằng ${p.whole} trừ ${p.part}, nên mục checks phải có { part: ${p.part}, whole: ${p.whole} } để số liệu được kiểm tra ${p.part} không lớn hơn ${p.whole}.`,
    en: (p) => `A gender chart draws the rest as ${p.whole} minus ${p.part}, so the checks list must have { part: ${p.part}, whole: ${p.whole} }, which makes sure ${p.part} is never larger than ${p.whole}.`,
  },
  'chart-rest-not-gender': {
    vi: () => 'Mục rest chỉ dùng cho biểu đồ loại gender (rest: men hoặc rest: boys). Hãy xoá dòng này.',
    en: () => 'rest applies only to gender charts (rest: men or rest: boys). Delete this line.',
  },
  'chart-duplicate-id': {
    vi: (p) => `Hai biểu đồ cùng mã ${p.value} (biểu đồ kia ở dòng ${p.hint}). Đặt cho biểu đồ này một id riêng, ví dụ id: ${p.expected}.`,
    en: (p) => `Two charts have the id ${p.value} (the other one is on line ${p.hint}). Give this one its own id, for example id: ${p.expected}.`,
  },
  'chart-empty': {
    vi: (p) => `Biểu đồ ${p.value} không có gì để vẽ: ${p.hint_vi}. Thêm số liệu vào tệp CSV, hoặc bỏ khai báo biểu đồ này.`,
    en: (p) => `Chart ${p.value} has nothing to draw: ${p.hint_en}. Add the figures to the CSV, or remove this chart.`,
  },
  'chart-order': {
    vi: (p) => `Trang bộ dữ liệu mở đầu bằng biểu đồ vẽ nhiều năm nhất: biểu đồ ${p.value} vẽ ${p.hint} năm, nhiều hơn biểu đồ đầu tiên (${p.expected} năm). Hãy chuyển khai báo này lên đầu danh sách charts.`,
    en: (p) => `A dataset page leads with the chart that draws the most years: chart ${p.value} draws ${p.hint} years, more than the first chart (${p.expected}). Move this declaration to the top of the list under charts.`,
  },
  'headline-empty': {
    vi: (p) => `Tệp CSV không có dòng nào của ${p.hint_vi}, nên trang chủ không có gì để hiện. Thêm số liệu, hoặc chọn chỉ tiêu khác cho headline.`,
    en: (p) => `The CSV has no row of ${p.hint_en}, so the home page would have nothing to show. Add the figures, or choose another measure under headline.`,
  },
  ...reportMessages,
} satisfies Record<string, MessageText>;

export type MessageCode = keyof typeof messages;
