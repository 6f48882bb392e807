/**
 * Vietnamese phrases that task titles, notes and difficulties are composed
 * from. Written in NFC, with the vocabulary of provincial CĐS plans.
 */

/** The four pillars of the generated datasets, in report order. */
export const PILLARS = [
  { id: 'chung', prefix: 'CHUNG', name: 'Nhiệm vụ chung', label: 'nhóm nhiệm vụ chung' },
  {
    id: 'chinh-quyen-so',
    prefix: 'CQS',
    name: 'Chính quyền số',
    label: 'nhiệm vụ phát triển chính quyền số',
  },
  { id: 'kinh-te-so', prefix: 'KTS', name: 'Kinh tế số', label: 'nhiệm vụ phát triển kinh tế số' },
  { id: 'xa-hoi-so', prefix: 'XHS', name: 'Xã hội số', label: 'nhiệm vụ phát triển xã hội số' },
];

export const TASK_VERBS = [
  'Xây dựng',
  'Triển khai',
  'Nâng cấp',
  'Hoàn thiện',
  'Số hóa',
  'Tích hợp',
  'Mở rộng',
  'Phát triển',
  'Rà soát, chuẩn hóa',
  'Kết nối',
  'Duy trì vận hành',
];

/** What a task works on, per pillar id. */
export const TASK_OBJECTS = {
  chung: [
    'kế hoạch chuyển đổi số hằng năm',
    'quy chế hoạt động của Ban Chỉ đạo chuyển đổi số',
    'chương trình truyền thông về chuyển đổi số',
    'bộ chỉ số đánh giá chuyển đổi số',
    'đội ngũ cán bộ chuyên trách công nghệ thông tin',
    'hạ tầng mạng truyền số liệu chuyên dùng',
    'trung tâm giám sát, điều hành an toàn thông tin mạng',
    'trung tâm dữ liệu',
  ],
  'chinh-quyen-so': [
    'hệ thống thông tin giải quyết thủ tục hành chính',
    'cơ sở dữ liệu chuyên ngành',
    'nền tảng tích hợp, chia sẻ dữ liệu (LGSP)',
    'hệ thống quản lý văn bản và điều hành',
    'kho dữ liệu dùng chung',
    'cổng dịch vụ công trực tuyến',
    'hệ thống hội nghị truyền hình trực tuyến',
    'chữ ký số cho cán bộ, công chức',
    'hệ thống thông tin báo cáo',
    'nền tảng số',
  ],
  'kinh-te-so': [
    'sàn thương mại điện tử',
    'nền tảng số cho doanh nghiệp nhỏ và vừa',
    'hệ thống truy xuất nguồn gốc nông sản',
    'thanh toán không dùng tiền mặt',
    'hóa đơn điện tử',
    'du lịch thông minh',
    'cụm công nghiệp công nghệ thông tin',
  ],
  'xa-hoi-so': [
    'tổ công nghệ số cộng đồng',
    'chương trình phổ cập kỹ năng số cho người dân',
    'sổ sức khỏe điện tử',
    'học bạ số',
    'hạ tầng băng rộng cáp quang đến thôn, bản',
    'chi trả an sinh xã hội qua tài khoản',
    'điểm truy cập Internet công cộng',
  ],
};

/** Where the task applies; `{place}` is replaced with the province or city. */
export const TASK_SCOPES = [
  '{place}',
  'trên địa bàn {place}',
  'của các sở, ban, ngành {place}',
  'cấp xã {place}',
  'giai đoạn 2023–2025',
  'khu vực miền núi {place}',
  'năm 2024',
];

/** Notes written with an update, by the status the update reports. */
export const UPDATE_NOTES = {
  not_started: [
    'Đang chờ bố trí kinh phí',
    'Chưa có hướng dẫn của bộ, ngành Trung ương',
    'Đang xây dựng đề cương, dự toán',
  ],
  in_progress: [
    'Đã hoàn thành khảo sát hiện trạng',
    'Đã trình UBND tỉnh phê duyệt chủ trương đầu tư',
    'Đã lựa chọn nhà thầu, đang triển khai hợp đồng',
    'Đang chạy thử nghiệm tại một số đơn vị',
    'Đã tổ chức tập huấn cho cán bộ, công chức',
    'Đang hoàn thiện hồ sơ thiết kế chi tiết',
  ],
  done: [
    'Đã đưa vào vận hành chính thức',
    'Đã nghiệm thu, bàn giao đưa vào sử dụng',
    'Hoàn thành theo kế hoạch',
  ],
  cancelled: [
    'Dừng thực hiện theo chỉ đạo của UBND tỉnh',
    'Nội dung đã được bộ, ngành Trung ương triển khai tập trung',
  ],
};

export const UPDATE_ISSUES = [
  'Thiếu kinh phí triển khai',
  'Nhân lực chuyên trách còn mỏng, chủ yếu kiêm nhiệm',
  'Hạ tầng mạng tại các xã miền núi chưa ổn định',
  'Dữ liệu chưa được chuẩn hóa, còn phân tán',
  'Thủ tục đầu tư kéo dài',
  'Phần mềm chưa kết nối được với nền tảng quốc gia',
];

/** Vietnamese spellings of the statuses, accepted by the contract as the same values. */
export const STATUS_VI = {
  not_started: 'chưa triển khai',
  in_progress: 'đang triển khai',
  done: 'hoàn thành',
  cancelled: 'dừng thực hiện',
};
