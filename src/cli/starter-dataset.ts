/**
 * The starter dataset `dx-report init` writes: a small, valid province with a
 * comment on every field, so a clerk can learn the format by editing it. Each
 * file points at the schemas written beside it in `_schemas/` (ignored as data).
 */
const header = (schema: string, depth: number) =>
  `# yaml-language-server: $schema=${'../'.repeat(depth)}_schemas/${schema}.schema.json\n`;

export const STARTER_FILES: Readonly<Record<string, string>> = {
  'dx-report.yaml': `${header('settings', 0)}# Thiết lập chung của bộ dữ liệu.
schema_version: 1                                   # phiên bản định dạng, luôn là 1
# Sửa ba dòng dưới: ghi tên tỉnh của bạn vào chỗ "(tên tỉnh)".
organization: Ban Chỉ đạo Chuyển đổi số tỉnh (tên tỉnh)     # cơ quan ban hành báo cáo (bắt buộc)
parent_organization: Ủy ban nhân dân tỉnh (tên tỉnh)        # cơ quan chủ quản (không bắt buộc)
place: (tên tỉnh)                                           # địa danh ở dòng ngày tháng (bắt buộc)
report_title: Kết quả thực hiện công tác chuyển đổi số
signer: { title: Trưởng Ban, name: Nguyễn Văn A }     # người ký
# cutoff_day: 14     # ngày chốt số liệu trong tháng cuối kỳ; bỏ trống: ngày cuối kỳ
recipients:                                          # nơi nhận
  - Ban Chỉ đạo CĐS tỉnh
  - Các sở, ban, ngành
  - "Lưu: VT"
`,
  'pillars.yaml': `${header('pillars', 0)}# Các trụ cột, theo thứ tự trình bày trong báo cáo.
pillars:
  - id: chung
    name: Nhiệm vụ chung
    label: nhóm nhiệm vụ chung            # cụm từ dùng trong câu tổng quan
  - id: chinh-quyen-so
    name: Chính quyền số
    label: nhiệm vụ phát triển chính quyền số
`,
  'agencies.yaml': `${header('agencies', 0)}# Danh mục cơ quan; cơ quan được xếp hạng chỉ số trong nhóm của mình.
groups:                           # mỗi nhóm dùng ở \`group\` bên dưới phải khai báo ở đây
  - { id: so-nganh, name: "Sở, ban, ngành" }
  - { id: cap-xa, name: UBND cấp xã }
agencies:
  - id: so-khcn
    name: Sở Khoa học và Công nghệ
    short_name: Sở KH&CN          # tên viết tắt (không bắt buộc)
    group: so-nganh
  - id: van-phong-ubnd
    name: Văn phòng UBND tỉnh
    short_name: VP UBND tỉnh
    group: so-nganh
    # active_until: 2025-06-30   # ngày cuối cơ quan hoạt động
    # successor: so-khcn         # cơ quan tiếp nhận nhiệm vụ
  - id: ubnd-xa-a
    name: UBND xã A               # ghi tên xã, phường của bạn
    group: cap-xa
`,
  'plans.yaml': `${header('plans', 0)}# Các kế hoạch, quyết định giao nhiệm vụ.
plans:
  - id: kh-cds
    number: 01/KH-UBND
    date: 2024-01-15
    title: Kế hoạch chuyển đổi số năm 2024 của tỉnh
`,
  'criteria.yaml': `${header('criteria', 0)}# Bộ chỉ số tự đánh giá: chỉ số thành phần, tiêu chí, mức xếp loại.
components:
  - { id: nhan-thuc-so, name: Nhận thức số }
criteria:
  - id: NT-01
    component: nhan-thuc-so
    name: Người đứng đầu trực tiếp chỉ đạo công tác chuyển đổi số
    max: 10                       # điểm tối đa
grades:                           # xếp loại theo tỷ lệ điểm, từ cao xuống thấp
  - { name: Tốt, min: 80 }
  - { name: Khá, min: 65 }
  - { name: Trung bình, min: 50 }
  - { name: Yếu, min: 0 }
`,
  'tasks/nhiem-vu.yaml': `${header('tasks', 1)}# Nhiệm vụ. \`plan\` và \`pillar\` ở đầu tệp là mặc định cho các nhiệm vụ bên dưới.
plan: kh-cds
pillar: chinh-quyen-so
tasks:
  - id: CQS-01
    title: Xây dựng kho dữ liệu dùng chung của tỉnh
    lead: so-khcn                 # cơ quan chủ trì (bắt buộc)
    partners: [van-phong-ubnd]    # cơ quan phối hợp
    start: 2024-01-15             # trước ngày này nhiệm vụ chưa được giao
    deadline: 2024-12-31          # một ngày, một kỳ (2025, 2024-H2) hoặc ongoing
    updates:                      # nhật ký trạng thái
      - date: 2024-03-15
        status: đang triển khai   # hoặc: not_started, in_progress, done, cancelled
        progress: 40              # tiến độ %
        note: Đã hoàn thành khảo sát hiện trạng
        issues: Thiếu kinh phí triển khai   # khó khăn, vướng mắc
  - id: CHUNG-01
    pillar: chung
    title: Tuyên truyền nâng cao nhận thức về chuyển đổi số
    lead: van-phong-ubnd
    deadline: ongoing
`,
  'updates/2024-H1/van-phong-ubnd.yaml': `${header('updates', 2)}# Báo cáo tiến độ của một cơ quan cho một kỳ: mỗi dòng được ghi vào nhật ký của nhiệm vụ,
# như khi viết trong tệp nhiệm vụ. \`dx-report intake import\` ghi tệp này từ biểu mẫu Excel của cơ quan.
agency: van-phong-ubnd            # cơ quan báo cáo: chủ trì hoặc phối hợp nhiệm vụ
period: 2024-H1
submitted: 2024-06-17             # ngày nhận được báo cáo (không bắt buộc)
updates:
  - task: CHUNG-01
    date: 2024-06-14              # hoặc period: 2024-H1
    status: đang triển khai
    note: Tổ chức 12 hội nghị tuyên truyền tại các xã, phường
    evidence: Báo cáo số 45/BC-VPUBND   # tài liệu kiểm chứng (không bắt buộc)
  - task: CQS-01                  # cơ quan phối hợp: ghi nhận ghi chú, khó khăn; không đổi trạng thái
    date: 2024-06-14
    note: Đã chia sẻ dữ liệu thủ tục hành chính vào kho dữ liệu dùng chung
`,
  'indicators.yaml': `${header('indicators', 0)}# Các chỉ tiêu (chỉ tiêu) của kế hoạch và mục tiêu phải đạt. Không bắt buộc:
# bỏ tệp này và thư mục indicators/ thì báo cáo không có phần chỉ tiêu.
indicators:
  - id: ho-co-smartphone
    name: Tỷ lệ hộ gia đình có điện thoại thông minh
    unit: "%"                     # "%" hoặc danh từ chỉ đơn vị: thành viên, dịch vụ, hồ sơ…
    pillar: chinh-quyen-so        # nhóm chỉ tiêu theo trụ cột trong bảng (không bắt buộc)
    agency: so-khcn               # cơ quan chịu trách nhiệm số liệu (không bắt buộc)
    targets:                      # mục tiêu phải đạt trước hết mỗi kỳ (không bắt buộc)
      - { by: 2025, value: 90, plan: kh-cds }     # plan: văn bản đặt ra mục tiêu
  - id: thanh-vien-to-cnscd
    name: Thành viên Tổ công nghệ số cộng đồng
    unit: thành viên
    # better: lower               # khi càng thấp càng tốt; mặc định higher
`,
  'indicators/2024-H1/so-khcn.yaml': `${header('indicator-values', 2)}# Số liệu đo được của các chỉ tiêu; một hay nhiều tệp, đặt tên tùy ý.
agency: so-khcn                   # cơ quan báo cáo số liệu trong tệp (không bắt buộc)
values:
  - indicator: ho-co-smartphone
    date: 2024-06-14              # hoặc period: 2024-H1 (tính tại ngày lấy số liệu của kỳ)
    value: 85.4                   # dấu chấm thập phân, như mọi số trong YAML
    note: Số liệu của các doanh nghiệp viễn thông     # ghi chú, nguồn (không bắt buộc)
  - { indicator: thanh-vien-to-cnscd, period: 2024-H1, value: 120 }
`,
  'rounds.yaml': `${header('rounds', 0)}# Đợt thu thập báo cáo: đơn vị nào phải gửi gì, hạn nào. Không bắt buộc.
# \`dx-report status --period 2024-H1\` cho biết ai đã gửi (đúng hạn, muộn) và ai chưa gửi;
# \`dx-report remind --period 2024-H1\` soạn công văn đôn đốc các đơn vị chưa gửi.
rounds:
  - period: 2024-H1                                  # kỳ báo cáo, cũng là mã của đợt
    request: { number: 215/SKHCN-CĐS, date: 2024-06-14 }   # công văn đề nghị (không bắt buộc)
    due: 2024-07-10                                  # hạn gửi
    expects: [updates, indicators, assessment]       # tiến độ nhiệm vụ, số liệu chỉ tiêu, tự đánh giá
    from: [so-nganh, cap-xa]                         # các nhóm hoặc cơ quan phải gửi
    # except: [van-phong-ubnd]                       # cơ quan không phải gửi
reminders:                                           # công văn đôn đốc (không bắt buộc)
  symbol: SKHCN-CĐS                                  # ký hiệu: dòng "Số:      /SKHCN-CĐS"
  issuer: Sở Khoa học và Công nghệ                   # cơ quan ban hành
  parent: UBND tỉnh (tên tỉnh)                       # cơ quan chủ quản (không bắt buộc)
  signer: { authority: [KT. Giám đốc], title: Phó Giám đốc, name: Nguyễn Văn B }
`,
  'assessments/2024-H1/so-khcn.yaml': `${header('assessment', 2)}# Tự đánh giá của một cơ quan cho một kỳ.
agency: so-khcn
period: 2024-H1
submitted: 2024-07-05
scores:
  NT-01: { self: 8, verified: 7, evidence: Quyết định số 12/QĐ-SKHCN }   # hoặc chỉ một số: NT-01: 8
difficulties:
  - Nhân lực tham mưu chuyển đổi số chủ yếu là kiêm nhiệm
proposals:
  - Đề nghị tổ chức đào tạo kỹ năng số cho cán bộ
`,
};
