/**
 * The self-assessment index of the generated datasets: nine components after
 * the provincial DTI's main indices (plus "Dữ liệu số"), 80 criteria in all.
 */

/** Component id, criterion code prefix, name, and its criteria's names. */
export const COMPONENTS = [
  {
    id: 'nhan-thuc-so',
    code: 'NT',
    name: 'Nhận thức số',
    criteria: [
      'Người đứng đầu trực tiếp chỉ đạo công tác chuyển đổi số',
      'Ban hành nghị quyết, chỉ thị về chuyển đổi số',
      'Ban Chỉ đạo chuyển đổi số họp định kỳ',
      'Kế hoạch chuyển đổi số năm được ban hành đúng hạn',
      'Chuyên mục chuyển đổi số trên cổng thông tin điện tử',
      'Tin, bài tuyên truyền về chuyển đổi số trong năm',
      'Hưởng ứng Ngày Chuyển đổi số 10/10',
      'Kiểm tra, đánh giá tình hình chuyển đổi số tại đơn vị',
      'Sáng kiến, mô hình điểm về chuyển đổi số',
    ],
  },
  {
    id: 'the-che-so',
    code: 'TC',
    name: 'Thể chế số',
    criteria: [
      'Quy chế quản lý, vận hành hệ thống thông tin dùng chung',
      'Quy chế bảo đảm an toàn thông tin mạng',
      'Kiến trúc chính quyền điện tử được cập nhật',
      'Danh mục cơ sở dữ liệu dùng chung được ban hành',
      'Quy chế khai thác, chia sẻ dữ liệu',
      'Kinh phí chi cho chuyển đổi số trong dự toán năm',
      'Chính sách hỗ trợ nhân lực công nghệ thông tin',
      'Quy định gửi, nhận văn bản điện tử',
      'Quy trình nội bộ giải quyết thủ tục hành chính được số hóa',
    ],
  },
  {
    id: 'ha-tang-so',
    code: 'HT',
    name: 'Hạ tầng số',
    criteria: [
      'Tỷ lệ cán bộ, công chức được trang bị máy tính',
      'Kết nối mạng truyền số liệu chuyên dùng',
      'Băng thông Internet của đơn vị',
      'Hệ thống hội nghị truyền hình trực tuyến',
      'Sử dụng dịch vụ điện toán đám mây',
      'Phòng máy chủ đạt tiêu chuẩn kỹ thuật',
      'Tỷ lệ thôn, bản có sóng di động băng rộng',
    ],
  },
  {
    id: 'nhan-luc-so',
    code: 'NL',
    name: 'Nhân lực số',
    criteria: [
      'Cán bộ chuyên trách công nghệ thông tin',
      'Cán bộ được bồi dưỡng kỹ năng số trong năm',
      'Lãnh đạo được bồi dưỡng về chuyển đổi số',
      'Tổ công nghệ số cộng đồng hoạt động thường xuyên',
      'Cán bộ sử dụng thành thạo chữ ký số',
      'Cán bộ có chứng chỉ an toàn thông tin',
      'Tham gia nền tảng học trực tuyến mở đại trà',
      'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến',
      'Tổ chức diễn đàn, hội thảo về chuyển đổi số',
      'Người dân được phổ cập kỹ năng số',
    ],
  },
  {
    id: 'an-toan-thong-tin',
    code: 'AT',
    name: 'An toàn thông tin mạng',
    criteria: [
      'Hệ thống thông tin được phê duyệt cấp độ an toàn',
      'Triển khai mô hình bảo vệ bốn lớp',
      'Kết nối hệ thống giám sát an toàn thông tin',
      'Diễn tập ứng cứu sự cố an toàn thông tin mạng',
      'Máy tính được cài phần mềm phòng chống mã độc',
      'Kiểm tra, đánh giá an toàn thông tin định kỳ',
      'Xử lý kịp thời cảnh báo, lỗ hổng bảo mật',
      'Sao lưu dữ liệu quan trọng định kỳ',
      'Cán bộ phụ trách an toàn thông tin được phân công',
    ],
  },
  {
    id: 'du-lieu-so',
    code: 'DL',
    name: 'Dữ liệu số',
    criteria: [
      'Cơ sở dữ liệu chuyên ngành được xây dựng',
      'Dữ liệu được chia sẻ qua nền tảng tích hợp (LGSP)',
      'Dữ liệu mở được công bố',
      'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
      'Kết nối với cơ sở dữ liệu quốc gia về dân cư',
      'Dữ liệu được cập nhật đầy đủ, kịp thời',
      'Kho dữ liệu dùng chung được khai thác',
      'Danh mục dữ liệu được rà soát, chuẩn hóa',
    ],
  },
  {
    id: 'chinh-quyen-so',
    code: 'CQ',
    name: 'Hoạt động chính quyền số',
    criteria: [
      'Tỷ lệ văn bản điện tử có ký số',
      'Tỷ lệ hồ sơ xử lý trên môi trường mạng',
      'Dịch vụ công trực tuyến toàn trình',
      'Tỷ lệ hồ sơ trực tuyến toàn trình',
      'Thanh toán trực tuyến phí, lệ phí',
      'Báo cáo qua hệ thống thông tin báo cáo',
      'Họp trực tuyến',
      'Phản ánh, kiến nghị được xử lý trực tuyến',
      'Tỷ lệ hồ sơ giải quyết đúng hạn',
      'Mức độ hài lòng của người dân, doanh nghiệp',
      'Tài khoản định danh điện tử được sử dụng',
      'Kết quả giải quyết thủ tục hành chính được trả bản điện tử',
    ],
  },
  {
    id: 'kinh-te-so',
    code: 'KT',
    name: 'Hoạt động kinh tế số',
    criteria: [
      'Doanh nghiệp sử dụng hóa đơn điện tử',
      'Doanh nghiệp sử dụng nền tảng số',
      'Sản phẩm OCOP bán trên sàn thương mại điện tử',
      'Hộ sản xuất nông nghiệp có tài khoản trên sàn',
      'Giao dịch thanh toán không dùng tiền mặt',
      'Doanh nghiệp công nghệ số trên địa bàn',
      'Điểm du lịch có thuyết minh tự động',
      'Chợ, cửa hàng chấp nhận thanh toán số',
      'Hợp tác xã ứng dụng chuyển đổi số',
    ],
  },
  {
    id: 'xa-hoi-so',
    code: 'XH',
    name: 'Hoạt động xã hội số',
    criteria: [
      'Người trưởng thành có điện thoại thông minh',
      'Hộ gia đình có kết nối Internet cáp quang',
      'Người dân có tài khoản thanh toán điện tử',
      'Người dân có sổ sức khỏe điện tử',
      'Học sinh có học bạ số',
      'Chi trả an sinh xã hội không dùng tiền mặt',
      'Người dân sử dụng ứng dụng định danh điện tử',
    ],
  },
];

/** Grades by overall percentage, highest first. */
export const GRADES = [
  { name: 'Tốt', min: 80 },
  { name: 'Khá', min: 65 },
  { name: 'Trung bình', min: 50 },
  { name: 'Yếu', min: 0 },
];

/** Maximum points a criterion may carry; 2.5 keeps decimal maxima in the data. */
export const CRITERION_MAXIMA = [5, 10, 10, 15, 20, 2.5];

export const DIFFICULTIES = [
  'Nhân lực tham mưu chuyển đổi số chủ yếu là kiêm nhiệm',
  'Kinh phí cho chuyển đổi số còn hạn chế',
  'Trang thiết bị công nghệ thông tin đã xuống cấp',
  'Hạ tầng mạng tại vùng sâu, vùng xa chưa bảo đảm',
  'Một bộ phận người dân chưa quen sử dụng dịch vụ công trực tuyến',
  'Các hệ thống thông tin chưa kết nối, chia sẻ dữ liệu đồng bộ',
];

export const PROPOSALS = [
  'Đề nghị tổ chức đào tạo kỹ năng số cho cán bộ',
  'Đề nghị bố trí kinh phí nâng cấp trang thiết bị',
  'Đề nghị hướng dẫn kết nối, chia sẻ dữ liệu với các hệ thống của tỉnh',
  'Đề nghị bổ sung biên chế cán bộ chuyên trách công nghệ thông tin',
];

export const EVIDENCE_KINDS = ['Quyết định', 'Kế hoạch', 'Báo cáo', 'Công văn'];
