<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../desktop/autosave.py" line="102"/>
        <source>… và {n} tệp khác</source>
        <translation>… and {n} more files</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="103"/>
        <source>Dự án này đọc {n} tệp nằm ngoài thư mục chứa dự án:

{files}

Chỉ đọc các tệp này khi tin cậy nguồn gửi dự án.</source>
        <translation>This project reads {n} files outside the folder that holds it:

{files}

Read them only if you trust whoever sent the project.</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="106"/>
        <source>Đọc tệp ngoài thư mục dự án?</source>
        <translation>Read files outside the project folder?</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="110"/>
        <source>Đọc cả các tệp này</source>
        <translation>Read these files too</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="111"/>
        <source>Mở dự án, bỏ qua các tệp này</source>
        <translation>Open the project without these files</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="112"/>
        <source>Không mở dự án</source>
        <translation>Do not open the project</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="137"/>
        <source>dự án chưa lưu</source>
        <translation>an unsaved project</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="138"/>
        <source>Lần trước chương trình đã đóng đột ngột. Có bản lưu tự động lúc {when} của {name}: {plans} kế hoạch, {decisions} quyết định rà soát.

Khôi phục công việc này?</source>
        <translation>plancompare did not close properly last time. There is an autosave from {when} of {name}: {plans} plans, {decisions} review decisions.

Restore this work?</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="142"/>
        <source>Khôi phục công việc chưa lưu?</source>
        <translation>Restore unsaved work?</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="147"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="148"/>
        <source>Bỏ bản lưu tự động</source>
        <translation>Discard the autosave</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="149"/>
        <source>Để lần sau</source>
        <translation>Ask next time</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../desktop/coverage_model.py" line="169"/>
        <source>Nhiệm vụ theo {name}</source>
        <translation>Tasks of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage_model.py" line="169"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage_model.py" line="181"/>
        <source>{label}
⚠ 0 nhiệm vụ</source>
        <translation>{label}
⚠ 0 tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage_model.py" line="185"/>
        <source>{label}
{percent:.0f}% ({covered}+{partial}/{total})</source>
        <translation>{label}
{percent:.0f}% ({covered}+{partial}/{total})</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage_model.py" line="189"/>
        <source>{name}
{title}
Đầy đủ: {c} · Một phần: {p} · Chưa có: {m}</source>
        <translation>{name}
{title}
Covered: {c} · Partial: {p} · Missing: {m}</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage_model.py" line="222"/>
        <source> · điểm {score:.0f}</source>
        <translation> · score {score:.0f}</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage_model.py" line="224"/>
        <source> · {found}/{total} ý chính</source>
        <translation> · {found}/{total} key points</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage_model.py" line="227"/>
        <source>Gần ngưỡng — nên xem lại</source>
        <translation>Close to the threshold — worth a second look</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage_model.py" line="229"/>
        <source>Đã được cán bộ xem xét</source>
        <translation>Reviewed by an officer</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage_model.py" line="257"/>
        <source>Đầy đủ</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage_model.py" line="259"/>
        <source>Một phần</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage_model.py" line="260"/>
        <source>Chưa có</source>
        <translation>Missing</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../desktop/result_models.py" line="310"/>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="310"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="310"/>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="310"/>
        <source>Đoạn văn</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="311"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="311"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="330"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="330"/>
        <source>Bác bỏ</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="331"/>
        <source>Gán đoạn</source>
        <translation>Assign passage</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="332"/>
        <source>Đã xử lý khoảng trống</source>
        <translation>Gap addressed</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="343"/>
        <source>Đang áp dụng</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="345"/>
        <source>Không còn kế hoạch này</source>
        <translation>Plan no longer in the comparison</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="346"/>
        <source>Đoạn văn đã bị sửa hoặc xóa</source>
        <translation>Passage edited or deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="347"/>
        <source>Không có mã này trong văn bản tham chiếu</source>
        <translation>ID not in the reference</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="348"/>
        <source>Khoảng trống không còn (đã được bao phủ)</source>
        <translation>Gap no longer there (now covered)</translation>
    </message>
</context>
<context>
    <name>EmphasesModel</name>
    <message>
        <location filename="../../desktop/result_models.py" line="167"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="167"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="167"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="167"/>
        <source>Mức nhấn mạnh</source>
        <translation>Emphasis</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="171"/>
        <source>Ý chính chỉ kế hoạch này có</source>
        <translation>Key point only this plan has</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="173"/>
        <source>Cụm từ nổi bật</source>
        <translation>Salient term</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="175"/>
        <source>Sáng kiến địa phương</source>
        <translation>Local initiative</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="186"/>
        <source>{count} lần (các kế hoạch khác: {others})</source>
        <translation>{count} times (other plans: {others})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/i18n.py" line="124"/>
        <source>Không thấy phần “Nhiệm vụ, giải pháp”: nhiệm vụ được lấy từ các mục đánh số của văn bản; hãy kiểm tra danh sách nhiệm vụ</source>
        <translation>No “Nhiệm vụ, giải pháp” (tasks) part found: tasks were taken from the document&apos;s numbered items; check the task list</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="128"/>
        <source>Văn bản này không giống một danh sách nhiệm vụ: mỗi đoạn văn được coi là một nhiệm vụ. Hãy chọn văn bản có phần nhiệm vụ, giải pháp</source>
        <translation>This document does not look like a list of tasks: each paragraph was taken as a task. Choose a document with a tasks part</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="131"/>
        <source>Cảnh báo khi đọc văn bản tham chiếu ({code})</source>
        <translation>Warning while reading the reference document ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="77"/>
        <source>Không tìm thấy tệp (đã bị xóa hoặc di chuyển?)</source>
        <translation>File not found (deleted or moved?)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="79"/>
        <source>Tệp rỗng</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="84"/>
        <source>Tệp bị hỏng, không mở được</source>
        <translation>The file is damaged and cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="86"/>
        <source>Tệp có mật khẩu; hãy bỏ mật khẩu rồi thêm lại</source>
        <translation>The file is password-protected; remove the password and add it again</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="88"/>
        <source>Tệp quá lớn</source>
        <translation>The file is too large</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="81"/>
        <source>Định dạng không hỗ trợ (dùng .docx, .doc, .odt, .rtf, .pdf, .txt, .html, .mht)</source>
        <translation>Unsupported format (use .docx, .doc, .odt, .rtf, .pdf, .txt, .html, .mht)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="91"/>
        <source>Bản scan không có lớp chữ và chưa nhận dạng được chữ: cần cài Tesseract OCR kèm dữ liệu tiếng Việt (tesseract-ocr-vie)</source>
        <translation>A scan with no text layer, and no text could be recognised: install Tesseract OCR with Vietnamese language data (tesseract-ocr-vie)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="95"/>
        <source>Cần LibreOffice để đọc định dạng này: hãy cài LibreOffice, hoặc lưu tệp thành .docx</source>
        <translation>Reading this format needs LibreOffice: install it, or save the file as .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="98"/>
        <source>Chương trình chuyển đổi (LibreOffice/Tesseract) bị lỗi hoặc chạy quá lâu; hãy thử lại, hoặc lưu tệp thành .docx</source>
        <translation>The converter (LibreOffice/Tesseract) failed or took too long; try again, or save the file as .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="102"/>
        <location filename="../../desktop/i18n.py" line="121"/>
        <source>Không đọc được tệp</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="103"/>
        <source>Không đọc được tệp ({code})</source>
        <translation>The file cannot be read ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="109"/>
        <source>Không tìm thấy tệp dự án</source>
        <translation>Project file not found</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="110"/>
        <source>Tệp dự án bị hỏng hoặc không phải dự án plancompare</source>
        <translation>The project file is damaged or not a plancompare project</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="111"/>
        <source>Tệp dự án được tạo bởi phiên bản mới hơn của chương trình</source>
        <translation>The project file was made by a newer version of the program</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="112"/>
        <source>Tệp đang mở trong chương trình khác hoặc chỉ đọc</source>
        <translation>The file is open in another program or read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="113"/>
        <source>Không có quyền ghi vào thư mục này</source>
        <translation>No permission to write to this folder</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="114"/>
        <source>Ổ đĩa đã đầy</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="115"/>
        <source>Thư mục không tồn tại</source>
        <translation>The folder does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="116"/>
        <source>Đây là một thư mục, không phải tệp</source>
        <translation>This is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="117"/>
        <source>Không phải tệp thông thường (ống dẫn, thiết bị hay liên kết)</source>
        <translation>Not an ordinary file (a pipe, device or link)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="119"/>
        <source>Tệp dự án quá lớn</source>
        <translation>The project file is too large</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="120"/>
        <source>Tên tệp dài quá 255 ký tự</source>
        <translation>The file name is longer than 255 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="123"/>
        <source>Không đọc/ghi được tệp</source>
        <translation>The file cannot be read or written</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="131"/>
        <source>Văn bản tham chiếu không hợp lệ: {detail}</source>
        <translation>Invalid reference document: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="133"/>
        <source>Lỗi không mong đợi: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <location filename="../../desktop/evidence.py" line="80"/>
        <source>Chọn một ô của ma trận để xem căn cứ.</source>
        <translation>Select a cell of the matrix to see the evidence.</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="102"/>
        <source>Đầy đủ</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="102"/>
        <source>Một phần</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="103"/>
        <source>Chưa có</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="111"/>
        <source>Ý chính</source>
        <translation>Key points</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="131"/>
        <source>{found}/{total} ý chính</source>
        <translation>{found}/{total} key points</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="135"/>
        <source>Điểm gần ngưỡng — nên xem lại.</source>
        <translation>The score is close to the threshold — worth a second look.</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="138"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="141"/>
        <source>Đoạn tương ứng trong kế hoạch</source>
        <translation>Matching passages in the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="147"/>
        <source>đã xác nhận</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="150"/>
        <source>Bác bỏ</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="152"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="155"/>
        <source>Chưa tìm thấy. Đoạn gần nhất:</source>
        <translation>Not found. Closest passages:</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="156"/>
        <source>Các đoạn gần khác:</source>
        <translation>Other close passages:</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="165"/>
        <source>Gán vào nhiệm vụ này</source>
        <translation>Assign to this task</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="168"/>
        <source>Không có đoạn nào gần.</source>
        <translation>No close passage.</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="170"/>
        <source>Gán một đoạn khác…</source>
        <translation>Assign another passage…</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="175"/>
        <source>Khoảng trống đã được xử lý</source>
        <translation>Gap marked as addressed</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="178"/>
        <source>Đánh dấu khoảng trống đã xử lý…</source>
        <translation>Mark this gap as addressed…</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="186"/>
        <source>điểm</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="196"/>
        <source>trang {n}</source>
        <translation>page {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="198"/>
        <source>bảng {t}, hàng {r}</source>
        <translation>table {t}, row {r}</translation>
    </message>
    <message>
        <location filename="../../desktop/evidence.py" line="200"/>
        <source>dòng {n}</source>
        <translation>line {n}</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../desktop/export_options.py" line="33"/>
        <source>Thông tin văn bản báo cáo</source>
        <translation>Briefing note details</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="35"/>
        <source>Các thông tin này in ở phần đầu và phần ký của báo cáo Word; có thể sửa lại trong Word.</source>
        <translation>These details are printed in the header and signature of the Word briefing note; they can be edited in Word afterwards.</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="39"/>
        <source>Thiếu số văn bản, cơ quan ban hành, địa danh hoặc người ký thì báo cáo được ghi “DỰ THẢO”.</source>
        <translation>Without a number, issuing body, place or signer the note is marked “DRAFT”.</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="45"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="46"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="47"/>
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="48"/>
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="49"/>
        <source>Ngày ban hành</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="51"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="54"/>
        <source>Ví dụ: UBND thành phố Hà Nội</source>
        <translation>E.g. UBND thành phố Hà Nội</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="55"/>
        <source>Ví dụ: Sở Giáo dục và Đào tạo</source>
        <translation>E.g. Sở Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="56"/>
        <source>Ví dụ: 125/BC-SGDĐT</source>
        <translation>E.g. 125/BC-SGDĐT</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="57"/>
        <source>Ví dụ: Hà Nội</source>
        <translation>E.g. Hanoi</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="58"/>
        <source>ngày/tháng/năm; để trống: hôm nay</source>
        <translation>day/month/year; empty: today</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="59"/>
        <source>GIÁM ĐỐC, KT. GIÁM ĐỐC, Q. GIÁM ĐỐC; nhiều dòng cách nhau bằng |</source>
        <translation>DIRECTOR, KT. GIÁM ĐỐC, Q. GIÁM ĐỐC; separate several lines with |</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="71"/>
        <source>Mỗi dòng một nơi nhận, ví dụ:
Thành ủy Hà Nội
Lưu: VT, KHTC.</source>
        <translation>One recipient per line, e.g.:
Thành ủy Hà Nội
Lưu: VT, KHTC.</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="73"/>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="91"/>
        <source>Ngày ban hành chưa đúng, hãy nhập theo dạng ngày/tháng/năm (23/11/2026).</source>
        <translation>The date is not valid; type it as day/month/year (23/11/2026).</translation>
    </message>
    <message>
        <location filename="../../desktop/export_options.py" line="50"/>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s title</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop/window_files.py" line="64"/>
        <source>Xuất bảng Excel</source>
        <translation>Export Excel workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="64"/>
        <source>Xuất báo cáo Word</source>
        <translation>Export Word report</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="65"/>
        <source>Bảng Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="65"/>
        <source>Văn bản Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="86"/>
        <source>Đang xuất {name}…</source>
        <translation>Exporting {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="105"/>
        <source>Mở dự án</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="106"/>
        <location filename="../../desktop/window_files.py" line="209"/>
        <source>Dự án plancompare (*{suffix})</source>
        <translation>plancompare project (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="160"/>
        <source>Không lưu tự động được: {reason}</source>
        <translation>Could not autosave: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="174"/>
        <source>{n} bản lưu tự động bị hỏng nên không khôi phục được; đã chuyển sang thư mục {folder}.</source>
        <translation>{n} damaged autosave file(s) could not be restored; they were moved to {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="191"/>
        <source>Đã khôi phục công việc chưa lưu; hãy lưu dự án.</source>
        <translation>Unsaved work restored; remember to save the project.</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="208"/>
        <source>Lưu dự án</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="220"/>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="227"/>
        <source>Đã lưu {name}</source>
        <translation>Saved {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="242"/>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="254"/>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../desktop/window_files.py" line="254"/>
        <source>Dự án có thay đổi chưa lưu. Lưu trước khi tiếp tục?</source>
        <translation>The project has unsaved changes. Save before continuing?</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <location filename="../../desktop/result_models.py" line="112"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="112"/>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="112"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="112"/>
        <source>Nội dung còn thiếu</source>
        <translation>Missing content</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="113"/>
        <source>Đoạn gần nhất</source>
        <translation>Closest passage</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="113"/>
        <location filename="../../desktop/result_models.py" line="129"/>
        <source>Đã xử lý</source>
        <translation>Addressed</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../desktop/jobs.py" line="210"/>
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desktop/jobs.py" line="210"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/jobs.py" line="212"/>
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop/style.py" line="100"/>
        <source>Đầy đủ</source>
        <translation>Covered</translation>
    </message>
    <message>
        <location filename="../../desktop/style.py" line="101"/>
        <source>Một phần</source>
        <translation>Partial</translation>
    </message>
    <message>
        <location filename="../../desktop/style.py" line="102"/>
        <source>Chưa có</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/style.py" line="104"/>
        <source>gần ngưỡng, nên xem lại</source>
        <translation>close to the threshold, worth a look</translation>
    </message>
    <message>
        <location filename="../../desktop/style.py" line="106"/>
        <source>đã xem xét</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/style.py" line="108"/>
        <source>= điểm khớp 0–100 của đoạn gần nhất</source>
        <translation>= match score 0–100 of the closest passage</translation>
    </message>
    <message>
        <location filename="../../desktop/style.py" line="109"/>
        <source>Số trong ô: điểm tương đồng 0–100 của đoạn khớp nhất. Tiêu đề cột: tỉ lệ bao phủ (đầy đủ tính 1, một phần tính ½) và số nhiệm vụ đầy đủ + một phần / tổng số.</source>
        <translation>Number in a cell: similarity score 0–100 of the best matching passage. Column header: coverage (covered counts 1, partial ½) and the number of covered + partial tasks / all tasks.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop/menus.py" line="84"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="85"/>
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="86"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="87"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="88"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="89"/>
        <source>&amp;Mở dự án…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="90"/>
        <source>&amp;Lưu dự án</source>
        <translation>&amp;Save project</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="91"/>
        <source>Lưu dự án &amp;thành…</source>
        <translation>Save project &amp;as…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="92"/>
        <source>&amp;Thêm kế hoạch…</source>
        <translation>&amp;Add plans…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="93"/>
        <source>Th&amp;oát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="94"/>
        <source>Xuất bảng &amp;Excel…</source>
        <translation>Export &amp;Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="95"/>
        <source>Xuất báo cáo &amp;Word…</source>
        <translation>Export &amp;Word report…</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="96"/>
        <source>&amp;Tìm trong bảng</source>
        <translation>&amp;Find in table</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="97"/>
        <source>Ô &amp;cần xem lại tiếp theo</source>
        <translation>&amp;Next cell to review</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="98"/>
        <source>Đặt lại bố cục cửa sổ</source>
        <translation>Reset window layout</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="107"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/menus.py" line="108"/>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="166"/>
        <source>Đầu vào</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="167"/>
        <source>Ma trận bao phủ</source>
        <translation>Coverage matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="168"/>
        <source>Khoảng trống</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="169"/>
        <source>Trùng lặp</source>
        <translation>Overlaps</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="170"/>
        <source>Điểm nhấn</source>
        <translation>Emphases</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="171"/>
        <location filename="../../desktop/main_window.py" line="415"/>
        <source>Rà soát ({n})</source>
        <translation>Review ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="172"/>
        <source>Nhiệm vụ gần giống nhau giữa các kế hoạch</source>
        <translation>Nearly identical tasks in different plans</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="173"/>
        <source>Bỏ quyết định này</source>
        <translation>Withdraw this decision</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175"/>
        <source>Chưa có quyết định rà soát nào. Chọn một ô của ma trận bao phủ, đọc đoạn tương ứng, rồi bấm “Xác nhận”, “Bác bỏ” hoặc “Gán…”; quyết định hiện ở đây và được lưu cùng dự án.</source>
        <translation>No review decisions yet. Select a cell of the coverage matrix, read the matching passage, then click “Confirm”, “Reject” or “Assign…”; decisions are listed here and saved with the project.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="177"/>
        <source>Rút lại quyết định đang chọn (kể cả quyết định đã lưu từ trước)</source>
        <translation>Withdraw the selected decision (also one saved earlier)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="178"/>
        <source>Đánh dấu đã xử lý…</source>
        <translation>Mark as addressed…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="179"/>
        <source>Ghi nhận khoảng trống đang chọn đã được xử lý, kèm ghi chú</source>
        <translation>Record that the selected gap is addressed, with a note</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="181"/>
        <source>Thêm các kế hoạch cần so sánh: nút “Thêm kế hoạch…” bên trái, hoặc kéo thả tệp vào cửa sổ.</source>
        <translation>Add the plans to compare: the “Add plans…” button on the left, or drag and drop files onto the window.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="197"/>
        <source>Chưa lưu</source>
        <translation>Unsaved</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="214"/>
        <source>Chọn kế hoạch cần so sánh</source>
        <translation>Choose the plans to compare</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="215"/>
        <source>Kế hoạch ({patterns});;Mọi tệp (*)</source>
        <translation>Plans ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="280"/>
        <source>Chọn văn bản tham chiếu</source>
        <translation>Choose the reference document</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="281"/>
        <source>Văn bản ({patterns} *.json);;Mọi tệp (*)</source>
        <translation>Documents ({patterns} *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="315"/>
        <source>Đang đọc và so sánh các kế hoạch…</source>
        <translation>Reading and comparing the plans…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="324"/>
        <source>Đang so sánh các kế hoạch…</source>
        <translation>Comparing the plans…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="326"/>
        <source>Đang đọc {name} ({i}/{n})…</source>
        <translation>Reading {name} ({i}/{n})…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="333"/>
        <source>Đã xuất {name}</source>
        <translation>Exported {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="344"/>
        <location filename="../../desktop/main_window.py" line="360"/>
        <source>Không so sánh được: {message}</source>
        <translation>Could not compare: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="355"/>
        <source>Không xuất được {name}: {reason}</source>
        <translation>Could not export {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="367"/>
        <source>Chạy lại</source>
        <translation>Run again</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="368"/>
        <source>Đã hủy so sánh.</source>
        <translation>Comparison cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="379"/>
        <source>Đang so sánh…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="398"/>
        <source>Tệp đã thay đổi từ lần lưu trước: {files}.</source>
        <translation>Files changed since the project was saved: {files}.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="402"/>
        <source>{n} quyết định rà soát không gắn lại được vào kế hoạch (đoạn văn đã bị sửa hoặc tệp đã bị bỏ).</source>
        <translation>{n} review decisions could not be re-attached (the passage was edited or the file removed).</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="466"/>
        <source>Không còn ô nào cần xem lại.</source>
        <translation>No cells left to review.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="491"/>
        <location filename="../../desktop/main_window.py" line="502"/>
        <source>Đánh dấu đã xử lý</source>
        <translation>Mark as addressed</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="492"/>
        <location filename="../../desktop/main_window.py" line="503"/>
        <source>Ghi chú (vì sao khoảng trống này đã được xử lý):</source>
        <translation>Note (why this gap is addressed):</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="515"/>
        <source>Gán đoạn vào nhiệm vụ</source>
        <translation>Assign a passage to the task</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="516"/>
        <source>Đoạn của kế hoạch thực hiện nhiệm vụ {ref}:</source>
        <translation>Passage of the plan that carries task {ref}:</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="532"/>
        <source>xác nhận {ref} · {plan}</source>
        <translation>confirm {ref} · {plan}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="533"/>
        <source>bác bỏ {ref} · {plan}</source>
        <translation>reject {ref} · {plan}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="534"/>
        <source>gán đoạn vào {ref} · {plan}</source>
        <translation>assign passage to {ref} · {plan}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="535"/>
        <source>đã xử lý {ref} · {plan}</source>
        <translation>addressed {ref} · {plan}</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="547"/>
        <source>bỏ quyết định {ref} · {plan}</source>
        <translation>withdraw decision {ref} · {plan}</translation>
    </message>
</context>
<context>
    <name>OverlapsModel</name>
    <message>
        <location filename="../../desktop/result_models.py" line="144"/>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="144"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="144"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="144"/>
        <source>Số kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="145"/>
        <source>Các kế hoạch</source>
        <translation>Which plans</translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message>
        <location filename="../../desktop/plans_panel.py" line="148"/>
        <source>Nhấp đúp để mở tệp</source>
        <translation>Double-click to open the file</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="186"/>
        <source>Kế hoạch so sánh</source>
        <translation>Plans to compare</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="187"/>
        <source>Thêm kế hoạch…</source>
        <translation>Add plans…</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="188"/>
        <source>Bỏ khỏi danh sách</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="189"/>
        <source>Đưa lên (Alt+↑)</source>
        <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="190"/>
        <source>Đưa xuống (Alt+↓)</source>
        <translation>Move down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="191"/>
        <source>Kéo thả tệp (.docx, .doc, .odt, .pdf, .txt, .html…) vào cửa sổ; kéo kế hoạch trong danh sách để đổi thứ tự.</source>
        <translation>Drop files (.docx, .doc, .odt, .pdf, .txt, .html…) onto the window; drag plans in the list to reorder them.</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="193"/>
        <source>Văn bản tham chiếu</source>
        <translation>Reference document</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="194"/>
        <source>Ngưỡng khớp</source>
        <translation>Matching threshold</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="195"/>
        <source>Cao hơn: chỉ nhận đoạn rất sát; thấp hơn: nhận cả đoạn gần.</source>
        <translation>Higher: only very close passages count; lower: near ones count too.</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="211"/>
        <source>Đang đọc…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="211"/>
        <source>Chưa đọc</source>
        <translation>Not read</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="214"/>
        <source>{n} nhiệm vụ</source>
        <translation>{n} tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="216"/>
        <source>không tìm thấy nhiệm vụ nào (mở tệp để kiểm tra)</source>
        <translation>no tasks found (open the file to check it)</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="229"/>
        <source>Mở tệp văn bản khác…</source>
        <translation>Open another document…</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="243"/>
        <source>Có sẵn trong chương trình</source>
        <translation>Built in</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="244"/>
        <source>{n} nhiệm vụ, {k} ý chính · {source}</source>
        <translation>{n} tasks, {k} key points · {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="246"/>
        <source>(không ghi nguồn)</source>
        <translation>(no source given)</translation>
    </message>
    <message>
        <location filename="../../desktop/plans_panel.py" line="247"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ResultTab</name>
    <message>
        <location filename="../../desktop/result_tab.py" line="113"/>
        <source>Lọc theo nội dung, mã… (Ctrl+F)</source>
        <translation>Filter by content, ID… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/result_tab.py" line="114"/>
        <source>Kế hoạch:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../desktop/result_tab.py" line="128"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/result_tab.py" line="145"/>
        <source>{shown}/{total} dòng</source>
        <translation>{shown}/{total} rows</translation>
    </message>
</context>
<context>
    <name>SimilarPairsModel</name>
    <message>
        <location filename="../../desktop/result_models.py" line="206"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="206"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="206"/>
        <source>Nhiệm vụ tương tự</source>
        <translation>Similar task</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="207"/>
        <source>Độ giống</source>
        <translation>Similarity</translation>
    </message>
</context>
<context>
    <name>_ResultModel</name>
    <message>
        <location filename="../../desktop/result_models.py" line="102"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/result_models.py" line="102"/>
        <source>Ý chính</source>
        <translation>Key point</translation>
    </message>
</context>
</TS>
