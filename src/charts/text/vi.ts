import type { ChartStrings } from './strings.ts';

export const vi: ChartStrings = {
  titleGender: (dataset) => `Nữ và nam (suy ra) — ${dataset}`,
  titleMeasure: (measure, dataset) => `${measure} — ${dataset}`,
  titleTrend: (dataset, from, to) => (from === to ? `${dataset}, ${from}` : `${dataset}, ${from}–${to}`),
  men: 'Nam',
  boys: 'Trẻ em trai',
  derivedNote: (rest, whole, part) => `${rest} (suy ra) = ${whole} − ${part}; nguồn không nêu trực tiếp con số này.`,
  planLine: 'Kế hoạch = 100%',
  unit: (unit) => `Đơn vị: ${unit}`,
  source: (list) => `Nguồn: ${list}`,
  moreSources: (n) => `và ${n} nguồn khác`,
  section: (section) => `mục ${section}`,
  yearLabel: (year) => `Năm ${year}`,
  gapsNote: 'Năm không có số liệu để trống, không nối.',
  seriesNotJoined: 'Mỗi đường là một phân tổ riêng, không nối với nhau.',
  provisionalLegend: (statuses) => `Nét đứt, điểm rỗng: ${statuses}`,
  seeDataset: 'Xem bảng số liệu và nguồn',
  genderFinding: (fewer, groups) =>
    groups === 1
      ? fewer === 1 ? 'Số nữ ít hơn số nam (suy ra).' : 'Số nữ bằng hoặc nhiều hơn số nam (suy ra).'
      : fewer === groups ? `Ở cả ${groups} nhóm, số nữ ít hơn số nam (suy ra).`
        : fewer === 0 ? `Ở cả ${groups} nhóm, số nữ bằng hoặc nhiều hơn số nam (suy ra).`
          : `Số nữ ít hơn số nam (suy ra) ở ${fewer} trong ${groups} nhóm.`,
  genderRow: (label, women, whole, rest) => `${label}: ${women} nữ trên tổng số ${whole}, nam (suy ra) ${rest}`,
  rangeFinding: (measure, max, maxLabel, min, minLabel) => `${measure}: cao nhất ${max} (${maxLabel}), thấp nhất ${min} (${minLabel}).`,
  singleFinding: (measure, label, value) => `${measure} (${label}): ${value}.`,
  trendSeries: (label, first, firstYear, last, lastYear, direction) =>
    direction === 'same'
      ? `${label}: không đổi, ${first} năm ${firstYear} và ${last} năm ${lastYear}`
      : direction === 'up'
        ? `${label}: tăng từ ${first} năm ${firstYear} lên ${last} năm ${lastYear}`
        : `${label}: giảm từ ${first} năm ${firstYear} xuống ${last} năm ${lastYear}`,
  trendSingle: (label, value, year) => `${label}: ${value} năm ${year}`,
  trendPeak: (value, year) => `cao nhất ${value} năm ${year}`,
  planFinding: (met, years) => `Đạt hoặc vượt kế hoạch (từ 100% trở lên) ở ${met} trong ${years} năm có số liệu.`,
  planSingle: (value, year, met) => `Năm ${year} đạt ${value} kế hoạch, ${met ? 'đạt hoặc vượt kế hoạch' : 'chưa đạt kế hoạch'}.`,
  note: (text) => `Ghi chú: ${text}`,
  list: (items) => items.join('; '),
};
