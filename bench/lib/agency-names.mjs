/** Names the agency catalogues are built from (NFC). */

/** A province-level department: its id stem, full name and short name. */
export const DEPARTMENTS = [
  { stem: 'van-phong-ubnd', name: 'Văn phòng UBND tỉnh' },
  { stem: 'so-khcn', name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN' },
  { stem: 'so-tttt', name: 'Sở Thông tin và Truyền thông', shortName: 'Sở TT&TT' },
  { stem: 'so-noi-vu', name: 'Sở Nội vụ' },
  { stem: 'so-tu-phap', name: 'Sở Tư pháp' },
  { stem: 'so-tai-chinh', name: 'Sở Tài chính' },
  { stem: 'so-khdt', name: 'Sở Kế hoạch và Đầu tư', shortName: 'Sở KH&ĐT' },
  { stem: 'so-cong-thuong', name: 'Sở Công Thương' },
  { stem: 'so-nnptnt', name: 'Sở Nông nghiệp và Phát triển nông thôn', shortName: 'Sở NN&PTNT' },
  { stem: 'so-gddt', name: 'Sở Giáo dục và Đào tạo', shortName: 'Sở GD&ĐT' },
  { stem: 'so-y-te', name: 'Sở Y tế' },
  { stem: 'so-xay-dung', name: 'Sở Xây dựng' },
  { stem: 'so-gtvt', name: 'Sở Giao thông vận tải', shortName: 'Sở GTVT' },
  { stem: 'so-tnmt', name: 'Sở Tài nguyên và Môi trường', shortName: 'Sở TN&MT' },
  { stem: 'so-ldtbxh', name: 'Sở Lao động - Thương binh và Xã hội', shortName: 'Sở LĐ-TB&XH' },
  { stem: 'so-vhttdl', name: 'Sở Văn hóa, Thể thao và Du lịch', shortName: 'Sở VH-TT&DL' },
  { stem: 'thanh-tra', name: 'Thanh tra tỉnh' },
  { stem: 'bql-kkt', name: 'Ban Quản lý Khu kinh tế tỉnh' },
  { stem: 'bhxh', name: 'Bảo hiểm xã hội tỉnh', ranked: false },
];

/** District-level units of Quảng Trị before 1/7/2025: [kind, name]. */
export const QUANG_TRI_DISTRICTS = [
  ['thành phố', 'Đông Hà'],
  ['thị xã', 'Quảng Trị'],
  ['huyện', 'Vĩnh Linh'],
  ['huyện', 'Gio Linh'],
  ['huyện', 'Cam Lộ'],
  ['huyện', 'Triệu Phong'],
  ['huyện', 'Hải Lăng'],
  ['huyện', 'Hướng Hóa'],
  ['huyện', 'Đakrông'],
  ['huyện', 'Cồn Cỏ'],
];

/** The 34 provincial units from 2025: [kind, name]. */
export const PROVINCES = [
  ['thành phố', 'Hà Nội'],
  ['thành phố', 'Huế'],
  ['tỉnh', 'Lai Châu'],
  ['tỉnh', 'Điện Biên'],
  ['tỉnh', 'Sơn La'],
  ['tỉnh', 'Lạng Sơn'],
  ['tỉnh', 'Quảng Ninh'],
  ['tỉnh', 'Thanh Hóa'],
  ['tỉnh', 'Nghệ An'],
  ['tỉnh', 'Hà Tĩnh'],
  ['tỉnh', 'Cao Bằng'],
  ['tỉnh', 'Tuyên Quang'],
  ['tỉnh', 'Lào Cai'],
  ['tỉnh', 'Thái Nguyên'],
  ['tỉnh', 'Phú Thọ'],
  ['tỉnh', 'Bắc Ninh'],
  ['tỉnh', 'Hưng Yên'],
  ['thành phố', 'Hải Phòng'],
  ['tỉnh', 'Ninh Bình'],
  ['tỉnh', 'Quảng Trị'],
  ['thành phố', 'Đà Nẵng'],
  ['tỉnh', 'Quảng Ngãi'],
  ['tỉnh', 'Gia Lai'],
  ['tỉnh', 'Khánh Hòa'],
  ['tỉnh', 'Lâm Đồng'],
  ['tỉnh', 'Đắk Lắk'],
  ['thành phố', 'Hồ Chí Minh'],
  ['tỉnh', 'Đồng Nai'],
  ['tỉnh', 'Tây Ninh'],
  ['thành phố', 'Cần Thơ'],
  ['tỉnh', 'Vĩnh Long'],
  ['tỉnh', 'Đồng Tháp'],
  ['tỉnh', 'Cà Mau'],
  ['tỉnh', 'An Giang'],
];

const FIRST_SYLLABLES =
  'Tân Phú Hòa An Bình Vĩnh Thạnh Đông Tây Nam Bắc Hưng Quảng Cam Triệu Hải Gio Hướng Phước Xuân';
const SECOND_SYLLABLES =
  'Lộc Thành Hiệp Phong Long Sơn Thủy Hà Mỹ Lợi Trung Điền Khê Giang Tiến Hưng Nghĩa Thuận Đức Ân';

/** Commune names composed from two syllables ("Tân" + "Lộc" → xã Tân Lộc), 380 in all. */
export const COMMUNE_NAMES = FIRST_SYLLABLES.split(' ').flatMap((first) =>
  SECOND_SYLLABLES.split(' ')
    .filter((second) => second !== first)
    .map((second) => `${first} ${second}`),
);
