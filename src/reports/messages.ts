// Messages about the reports' content (content/reports.yml and content/report/), in Vietnamese and
// English. They are part of the one message list in src/data/messages.ts, which CONTRIBUTING.md is
// checked against.
import type { MessageParams } from '../data/messages.ts';

const text = <T extends Record<string, { vi: (p: MessageParams) => string; en: (p: MessageParams) => string }>>(m: T) => m;

export const reportMessages = text({
  'frontmatter-missing': {
    vi: () => 'Tệp phải bắt đầu bằng phần đầu (frontmatter) đặt giữa hai dòng "---", với title, description, order…',
    en: () => 'The file must start with its frontmatter between two "---" lines, with title, description, order…',
  },
  'report-file-name': {
    vi: () => 'Trang báo cáo phải nằm trong content/report/, rồi thư mục năm (4 chữ số), rồi vi/ hoặc en/, ví dụ content/report/2010/vi/i-2-ket-qua.mdx; tên tệp viết thường không dấu, chỉ gồm chữ, chữ số và dấu gạch nối.',
    en: () => 'A report page must be in content/report/, then a year folder (4 digits), then vi/ or en/, e.g. content/report/2010/en/i-2-ket-qua.mdx; the file name in lower case without diacritics, only letters, digits and hyphens.',
  },
  'report-not-in-catalogue': {
    vi: (p) => `Thư mục content/report/${p.expected}/ không có mục nào trong content/reports.yml. Thêm báo cáo năm ${p.expected} vào đó (lệnh npm run new-report -- ${p.expected} làm việc này), hoặc sửa tên thư mục.`,
    en: (p) => `The folder content/report/${p.expected}/ has no entry in content/reports.yml. Add the ${p.expected} report there (npm run new-report -- ${p.expected} does it), or correct the folder's name.`,
  },
  'report-opening-missing': {
    vi: (p) => `Báo cáo này chưa có trang mở đầu ${p.expected}. Mỗi báo cáo cần tệp index.mdx trong cả vi/ và en/.`,
    en: (p) => `This report has no opening page ${p.expected}. Every report needs an index.mdx in both vi/ and en/.`,
  },
  'report-twin-missing': {
    vi: (p) => `Trang này chưa có bản song ngữ ${p.expected}. Mỗi trang cần cả bản tiếng Việt và bản tiếng Anh, cùng tên tệp.`,
    en: (p) => `This page has no twin ${p.expected}. Every page needs both a Vietnamese and an English file with the same name.`,
  },
  'report-twin-differs': {
    vi: (p) => `"${p.hint}" khác với bản song ngữ ${p.expected} (ở đó là ${p.other}). Cây mục lục (order, part, section, group, draft) phải giống nhau ở hai thứ tiếng.`,
    en: (p) => `"${p.hint}" differs from the twin ${p.expected} (which has ${p.other}). The section tree (order, part, section, group, draft) must be the same in both languages.`,
  },
  'report-placeholder': {
    vi: () => 'Trang không còn là bản nháp nhưng vẫn còn chữ giữ chỗ [CẦN VIẾT · TO WRITE]. Viết nội dung thật thay cho chữ đó, hoặc đặt lại draft: true.',
    en: () => 'The page is no longer a draft but still has the placeholder [CẦN VIẾT · TO WRITE]. Write the real text in its place, or set draft: true again.',
  },
  'report-figure-unknown': {
    vi: (p) => `Không có số liệu "${p.value}" trong dữ liệu đã kiểm tra. ${p.hint_vi}`,
    en: (p) => `No figure "${p.value}" in the validated data. ${p.hint_en}`,
  },
  'report-chart-unknown': {
    vi: (p) => `Không có biểu đồ "${p.value}". Các biểu đồ có: ${p.expected}.`,
    en: (p) => `No chart "${p.value}". Charts: ${p.expected}.`,
  },
});
