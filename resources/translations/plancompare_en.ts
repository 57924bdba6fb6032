<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../desktop/autosave.py" line="130"/>
        <source>… và {n} tệp khác</source>
        <translation>… and {n} more files</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="131"/>
        <source>Dự án này đọc {n} tệp nằm ngoài thư mục chứa dự án:

{files}

Chỉ đọc các tệp này khi tin cậy nguồn gửi dự án.</source>
        <translation>This project reads {n} files outside the folder that holds it:

{files}

Read them only if you trust whoever sent the project.</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="134"/>
        <source>Đọc tệp ngoài thư mục dự án?</source>
        <translation>Read files outside the project folder?</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="138"/>
        <source>Đọc cả các tệp này</source>
        <translation>Read these files too</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="139"/>
        <source>Mở dự án, bỏ qua các tệp này</source>
        <translation>Open the project without these files</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="140"/>
        <source>Không mở dự án</source>
        <translation>Do not open the project</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="165"/>
        <source>dự án chưa lưu</source>
        <translation>an unsaved project</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="166"/>
        <source>Lần trước chương trình đã đóng đột ngột. Có bản lưu tự động lúc {when} của {name}: {plans} kế hoạch, {decisions} quyết định rà soát.

Khôi phục công việc này?</source>
        <translation>plancompare did not close properly last time. There is an autosave from {when} of {name}: {plans} plans, {decisions} review decisions.

Restore this work?</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="170"/>
        <source>Khôi phục công việc chưa lưu?</source>
        <translation>Restore unsaved work?</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="175"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="176"/>
        <source>Bỏ bản lưu tự động</source>
        <translation>Discard the autosave</translation>
    </message>
    <message>
        <location filename="../../desktop/autosave.py" line="177"/>
        <source>Để lần sau</source>
        <translation>Ask next time</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../desktop/models/coverage_model.py" line="177"/>
        <source>Nhiệm vụ theo {name}</source>
        <translation>Tasks of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/coverage_model.py" line="177"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/models/coverage_model.py" line="189"/>
        <source>{label}
⚠ 0 nhiệm vụ</source>
        <translation>{label}
⚠ 0 tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/models/coverage_model.py" line="239"/>
        <source>{found}/{total} {key_points}</source>
        <translation>{found}/{total} {key_points}</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../../desktop/models/result_models.py" line="316"/>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="316"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="316"/>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="316"/>
        <source>Đoạn văn</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="317"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="317"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="364"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="364"/>
        <source>Bác bỏ</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="365"/>
        <source>Gán đoạn</source>
        <translation>Assign passage</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="366"/>
        <source>Đã xử lý khoảng trống</source>
        <translation>Gap addressed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="377"/>
        <source>Đang áp dụng</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="379"/>
        <source>Không còn kế hoạch này</source>
        <translation>Plan no longer in the comparison</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="380"/>
        <source>Đoạn văn đã bị sửa hoặc xóa</source>
        <translation>Passage edited or deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="381"/>
        <source>Không có mã này trong văn bản tham chiếu</source>
        <translation>ID not in the reference</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="382"/>
        <source>Khoảng trống không còn (đã được bao phủ)</source>
        <translation>Gap no longer there (now covered)</translation>
    </message>
</context>
<context>
    <name>EmphasesModel</name>
    <message>
        <location filename="../../desktop/models/result_models.py" line="185"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="185"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="185"/>
        <source>Mức nhấn mạnh</source>
        <translation>Emphasis</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="189"/>
        <source>{key_point} chỉ kế hoạch này có</source>
        <translation>{key_point} only this plan has</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="191"/>
        <source>Cụm từ nổi bật</source>
        <translation>Salient term</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="193"/>
        <source>Sáng kiến địa phương</source>
        <translation>Local initiative</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="204"/>
        <source>{count} lần (các kế hoạch khác: {others})</source>
        <translation>{count} times (other plans: {others})</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/i18n.py" line="189"/>
        <source>Không thấy phần “Nhiệm vụ, giải pháp”: nhiệm vụ được lấy từ các mục đánh số của văn bản; hãy kiểm tra danh sách nhiệm vụ</source>
        <translation>No “Nhiệm vụ, giải pháp” (tasks) part found: tasks were taken from the document&apos;s numbered items; check the task list</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="193"/>
        <source>Văn bản này không giống một danh sách nhiệm vụ: mỗi đoạn văn được coi là một nhiệm vụ. Hãy chọn văn bản có phần nhiệm vụ, giải pháp</source>
        <translation>This document does not look like a list of tasks: each paragraph was taken as a task. Choose a document with a tasks part</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="196"/>
        <source>Cảnh báo khi đọc văn bản tham chiếu ({code})</source>
        <translation>Warning while reading the reference document ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="137"/>
        <source>Không tìm thấy tệp (đã bị xóa hoặc di chuyển?)</source>
        <translation>File not found (deleted or moved?)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="139"/>
        <source>Tệp rỗng</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="144"/>
        <source>Tệp bị hỏng, không mở được</source>
        <translation>The file is damaged and cannot be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="146"/>
        <source>Tệp có mật khẩu; hãy bỏ mật khẩu rồi thêm lại</source>
        <translation>The file is password-protected; remove the password and add it again</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="148"/>
        <source>Tệp quá lớn</source>
        <translation>The file is too large</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="141"/>
        <source>Định dạng không hỗ trợ (dùng {extensions})</source>
        <translation>Unsupported format (use {extensions})</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="151"/>
        <source>Bản scan không có lớp chữ và chưa nhận dạng được chữ: cần cài Tesseract OCR kèm dữ liệu tiếng Việt (tesseract-ocr-vie)</source>
        <translation>A scan with no text layer, and no text could be recognised: install Tesseract OCR with Vietnamese language data (tesseract-ocr-vie)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="155"/>
        <source>Cần LibreOffice để đọc định dạng này: hãy cài LibreOffice, hoặc lưu tệp thành .docx</source>
        <translation>Reading this format needs LibreOffice: install it, or save the file as .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="158"/>
        <source>Chương trình chuyển đổi (LibreOffice/Tesseract) bị lỗi hoặc chạy quá lâu; hãy thử lại, hoặc lưu tệp thành .docx</source>
        <translation>The converter (LibreOffice/Tesseract) failed or took too long; try again, or save the file as .docx</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="162"/>
        <location filename="../../desktop/i18n.py" line="181"/>
        <source>Không đọc được tệp</source>
        <translation>The file cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="163"/>
        <source>Không đọc được tệp ({code})</source>
        <translation>The file cannot be read ({code})</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="169"/>
        <source>Không tìm thấy tệp dự án</source>
        <translation>Project file not found</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="170"/>
        <source>Tệp dự án bị hỏng hoặc không phải dự án plancompare</source>
        <translation>The project file is damaged or not a plancompare project</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="171"/>
        <source>Tệp dự án được tạo bởi phiên bản mới hơn của chương trình</source>
        <translation>The project file was made by a newer version of the program</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="172"/>
        <source>Tệp đang mở trong chương trình khác hoặc chỉ đọc</source>
        <translation>The file is open in another program or read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="173"/>
        <source>Không có quyền ghi vào thư mục này</source>
        <translation>No permission to write to this folder</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="174"/>
        <source>Ổ đĩa đã đầy</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="175"/>
        <source>Thư mục không tồn tại</source>
        <translation>The folder does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="176"/>
        <source>Đây là một thư mục, không phải tệp</source>
        <translation>This is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="177"/>
        <source>Không phải tệp thông thường (ống dẫn, thiết bị hay liên kết)</source>
        <translation>Not an ordinary file (a pipe, device or link)</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="179"/>
        <source>Tệp dự án quá lớn</source>
        <translation>The project file is too large</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="180"/>
        <source>Tên tệp dài quá 255 ký tự</source>
        <translation>The file name is longer than 255 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="183"/>
        <source>Không đọc/ghi được tệp</source>
        <translation>The file cannot be read or written</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="204"/>
        <source>Văn bản tham chiếu không hợp lệ: {detail}</source>
        <translation>Invalid reference document: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="206"/>
        <source>Lỗi không mong đợi: {error}</source>
        <translation>Unexpected error: {error}</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <location filename="../../desktop/views/evidence.py" line="69"/>
        <source>Chọn một ô của ma trận để xem căn cứ.</source>
        <translation>Select a cell of the matrix to see the evidence.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="133"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="136"/>
        <source>Đoạn tương ứng trong kế hoạch</source>
        <translation>Matching passages in the plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="125"/>
        <source>{found}/{total} {key_points}</source>
        <translation>{found}/{total} {key_points}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="129"/>
        <source>{mark} {needs_review}: điểm của nhiệm vụ hoặc của một ý chính sát ngưỡng.</source>
        <translation>{mark} {needs_review}: the task or one of its key points scores near the threshold.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="145"/>
        <source>Bác bỏ</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="147"/>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="150"/>
        <source>Chưa tìm thấy. Đoạn gần nhất:</source>
        <translation>Not found. Closest passages:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="151"/>
        <source>Các đoạn gần khác:</source>
        <translation>Other close passages:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="160"/>
        <source>Gán vào nhiệm vụ này</source>
        <translation>Assign to this task</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="163"/>
        <source>Không có đoạn nào gần.</source>
        <translation>No close passage.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="173"/>
        <source>Gán một đoạn khác…</source>
        <translation>Assign another passage…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="178"/>
        <source>Khoảng trống đã được xử lý</source>
        <translation>Gap marked as addressed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="181"/>
        <source>Đánh dấu khoảng trống đã xử lý…</source>
        <translation>Mark this gap as addressed…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="204"/>
        <source>gạch đầu dòng {n}</source>
        <translation>dash {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="205"/>
        <source>đoạn {n}</source>
        <translation>paragraph {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="206"/>
        <source>mục {n}</source>
        <translation>item {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="207"/>
        <source>ý {n}</source>
        <translation>clause {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="208"/>
        <source>bảng {n}</source>
        <translation>table {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="208"/>
        <source>bảng {n}, dòng {row}</source>
        <translation>table {n}, row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="217"/>
        <source>trang {n}</source>
        <translation>page {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="219"/>
        <source>bảng {t}, hàng {r}</source>
        <translation>table {t}, row {r}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/evidence.py" line="221"/>
        <source>dòng {n}</source>
        <translation>line {n}</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../desktop/views/export_options.py" line="33"/>
        <source>Thông tin văn bản báo cáo</source>
        <translation>Briefing note details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="35"/>
        <source>Các thông tin này in ở phần đầu và phần ký của báo cáo Word; có thể sửa lại trong Word.</source>
        <translation>These details are printed in the header and signature of the Word briefing note; they can be edited in Word afterwards.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="39"/>
        <source>Thiếu số văn bản, cơ quan ban hành, địa danh hoặc người ký thì báo cáo được ghi “DỰ THẢO”.</source>
        <translation>Without a number, issuing body, place or signer the note is marked “DRAFT”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="45"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="46"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="47"/>
        <source>Số, ký hiệu</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="48"/>
        <source>Địa danh</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="49"/>
        <source>Ngày ban hành</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="51"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="54"/>
        <source>Ví dụ: UBND thành phố Hà Nội</source>
        <translation>E.g. UBND thành phố Hà Nội</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="55"/>
        <source>Ví dụ: Sở Giáo dục và Đào tạo</source>
        <translation>E.g. Sở Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="56"/>
        <source>Ví dụ: 125/BC-SGDĐT</source>
        <translation>E.g. 125/BC-SGDĐT</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="57"/>
        <source>Ví dụ: Hà Nội</source>
        <translation>E.g. Hanoi</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="58"/>
        <source>ngày/tháng/năm; để trống: hôm nay</source>
        <translation>day/month/year; empty: today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="59"/>
        <source>GIÁM ĐỐC, KT. GIÁM ĐỐC, Q. GIÁM ĐỐC; nhiều dòng cách nhau bằng |</source>
        <translation>DIRECTOR, KT. GIÁM ĐỐC, Q. GIÁM ĐỐC; separate several lines with |</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="71"/>
        <source>Mỗi dòng một nơi nhận, ví dụ:
Thành ủy Hà Nội
Lưu: VT, KHTC.</source>
        <translation>One recipient per line, e.g.:
Thành ủy Hà Nội
Lưu: VT, KHTC.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="73"/>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="91"/>
        <source>Ngày ban hành chưa đúng, hãy nhập theo dạng ngày/tháng/năm (23/11/2026).</source>
        <translation>The date is not valid; type it as day/month/year (23/11/2026).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/export_options.py" line="50"/>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s title</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop/window/window_files.py" line="113"/>
        <source>Đang xuất {name}…</source>
        <translation>Exporting {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/window_files.py" line="132"/>
        <source>Mở dự án</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../desktop/window/window_files.py" line="133"/>
        <location filename="../../desktop/window/window_files.py" line="235"/>
        <source>Dự án plancompare (*{suffix})</source>
        <translation>plancompare project (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../desktop/window/window_files.py" line="185"/>
        <source>Không lưu tự động được: {reason}</source>
        <translation>Could not autosave: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/window_files.py" line="199"/>
        <source>{n} bản lưu tự động bị hỏng nên không khôi phục được; đã chuyển sang thư mục {folder}.</source>
        <translation>{n} damaged autosave file(s) could not be restored; they were moved to {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/window_files.py" line="216"/>
        <source>Đã khôi phục công việc chưa lưu; hãy lưu dự án.</source>
        <translation>Unsaved work restored; remember to save the project.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/window_files.py" line="234"/>
        <source>Lưu dự án</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../desktop/window/window_files.py" line="246"/>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../desktop/window/window_files.py" line="253"/>
        <source>Đã lưu {name}</source>
        <translation>Saved {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/window_files.py" line="268"/>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/window_files.py" line="280"/>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../desktop/window/window_files.py" line="280"/>
        <source>Dự án có thay đổi chưa lưu. Lưu trước khi tiếp tục?</source>
        <translation>The project has unsaved changes. Save before continuing?</translation>
    </message>
</context>
<context>
    <name>GapsModel</name>
    <message>
        <location filename="../../desktop/models/result_models.py" line="122"/>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="122"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="122"/>
        <source>Nội dung còn thiếu</source>
        <translation>Missing content</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="141"/>
        <source>Chưa tìm thấy nội dung tương ứng</source>
        <translation>No corresponding passage found</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../../desktop/i18n.py" line="120"/>
        <source>vi</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <location filename="../../desktop/views/help.py" line="23"/>
        <source>Đọc ma trận bao phủ</source>
        <translation>Reading the coverage matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="24"/>
        <source>Mỗi hàng là một nhiệm vụ của văn bản đối chiếu (bấm ▸ để xem các ý chính), mỗi cột là một kế hoạch. Tiêu đề cột ghi địa phương, số ký hiệu và tỷ lệ bao phủ.</source>
        <translation>Each row is a task of the reference (click ▸ to see its key points), each column a plan. A column title gives the place, the document number and the coverage.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="26"/>
        <source>Số trong ô là mức tương đồng 0–100 của đoạn tương ứng trong kế hoạch; ô chưa có vẫn ghi mức của đoạn gần nhất để thấy kế hoạch đã gần đến đâu.</source>
        <translation>The number in a cell is the similarity (0–100) of the matching passage in the plan; a missing cell shows the closest passage&apos;s, so you see how close the plan came.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="29"/>
        <source>Ý nghĩa các trạng thái</source>
        <translation>What the statuses mean</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="31"/>
        <source>Rà soát</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="32"/>
        <source>Bấm F8 để đến ô hoặc ý chính tiếp theo cần xem lại. Đọc đoạn văn ở khung dưới, rồi bấm “Xác nhận”, “Bác bỏ” hoặc “Gán…”. Đoạn đã bác bỏ vẫn hiện, kèm liên kết “Khôi phục”.</source>
        <translation>Press F8 to go to the next cell or key point that needs review. Read the passage in the lower pane, then click “Confirm”, “Reject” or “Assign…”. A rejected passage stays visible, with a “Restore” link.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="35"/>
        <source>Mọi quyết định có thể hoàn tác (Ctrl+Z), được liệt kê ở thẻ “Rà soát” và lưu cùng dự án.</source>
        <translation>Every decision can be undone (Ctrl+Z), is listed in the “Review” tab and is saved with the project.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="37"/>
        <source>Ở thẻ “Khoảng trống”, chọn một dòng rồi bấm “Đánh dấu đã xử lý…” khi nội dung đã được giải quyết ở văn bản khác. Ô lọc không cần gõ dấu: “tri tue” tìm được “trí tuệ”.</source>
        <translation>In the “Gaps” tab, select a row and click “Mark as addressed…” when the content is dealt with in another document. Filters ignore diacritics: “tri tue” finds “trí tuệ”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="39"/>
        <source>Cột “Đoạn gần nhất” của thẻ “Khoảng trống” chỉ trích đoạn đạt ít nhất {share}% ngưỡng khớp; thấp hơn thì ghi “Chưa tìm thấy nội dung tương ứng”, như hai tệp xuất. Khung dưới ma trận vẫn liệt kê các đoạn gần nhất để đối chiếu.</source>
        <translation>The Gaps tab’s “Closest passage” column quotes a passage only when it reaches at least {share}% of the matching threshold; below that it says “No corresponding passage found”, as both exports do. The pane under the matrix still lists the closest passages for checking.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="44"/>
        <source>Xuất kết quả</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="45"/>
        <source>Tệp › Xuất bảng Excel (Ctrl+E): ma trận, khoảng trống, nội dung chung, điểm nhấn và chi tiết. Tệp › Xuất báo cáo Word (Ctrl+Shift+E): báo cáo theo thể thức Nghị định 30/2020/NĐ-CP.</source>
        <translation>File › Export Excel table (Ctrl+E): matrix, gaps, shared content, emphases and details. File › Export Word report (Ctrl+Shift+E): a report in the format of Decree 30/2020/NĐ-CP.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="48"/>
        <source>Hai tệp xuất dùng cùng trạng thái, cùng con số và cùng dấu “cần xem lại” như cửa sổ.</source>
        <translation>Both exports show the same statuses, numbers and “needs review” marks as the window.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="52"/>
        <source>Hướng dẫn sử dụng plancompare</source>
        <translation>plancompare guide</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="62"/>
        <source>Đối chiếu kế hoạch thực hiện của các địa phương với văn bản của Trung ương. Chạy hoàn toàn trên máy này, không gửi tài liệu đi đâu.</source>
        <translation>Compares local implementation plans with a central document. Runs entirely on this computer; no document leaves it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="70"/>
        <source>Văn bản đối chiếu</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="71"/>
        <source>Nguồn gốc nội dung</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="72"/>
        <source>Mức độ đầy đủ</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="77"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>Guide</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help.py" line="80"/>
        <source>Giới thiệu plancompare</source>
        <translation>About plancompare</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <location filename="../../desktop/jobs.py" line="211"/>
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desktop/jobs.py" line="211"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/jobs.py" line="213"/>
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <location filename="../../desktop/window/menus.py" line="119"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="120"/>
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="121"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="122"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="123"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="124"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="125"/>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="126"/>
        <source>&amp;Giới thiệu plancompare</source>
        <translation>&amp;About plancompare</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="127"/>
        <source>&amp;Mở dự án…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="128"/>
        <source>&amp;Lưu dự án</source>
        <translation>&amp;Save project</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="129"/>
        <source>Lưu dự án &amp;thành…</source>
        <translation>Save project &amp;as…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="130"/>
        <source>&amp;Thêm kế hoạch…</source>
        <translation>&amp;Add plans…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="131"/>
        <source>Th&amp;oát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="135"/>
        <source>&amp;Tìm trong bảng</source>
        <translation>&amp;Find in table</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="136"/>
        <source>Ô &amp;cần xem lại tiếp theo</source>
        <translation>&amp;Next cell to review</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="137"/>
        <source>Đặt lại bố cục cửa sổ</source>
        <translation>Reset window layout</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="146"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/window/menus.py" line="147"/>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window/main_window.py" line="178"/>
        <source>Đầu vào</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="179"/>
        <source>Ma trận bao phủ</source>
        <translation>Coverage matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="180"/>
        <source>Khoảng trống</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="183"/>
        <source>Điểm nhấn</source>
        <translation>Emphases</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="489"/>
        <source>Rà soát ({n})</source>
        <translation>Review ({n})</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="185"/>
        <source>Nhiệm vụ gần giống nhau giữa các kế hoạch</source>
        <translation>Nearly identical tasks in different plans</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="186"/>
        <source>Bỏ quyết định này</source>
        <translation>Withdraw this decision</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="188"/>
        <source>Chưa có quyết định rà soát nào. Chọn một ô của ma trận bao phủ, đọc đoạn tương ứng, rồi bấm “Xác nhận”, “Bác bỏ” hoặc “Gán…”; quyết định hiện ở đây và được lưu cùng dự án.</source>
        <translation>No review decisions yet. Select a cell of the coverage matrix, read the matching passage, then click “Confirm”, “Reject” or “Assign…”; decisions are listed here and saved with the project.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="190"/>
        <source>Rút lại quyết định đang chọn (kể cả quyết định đã lưu từ trước)</source>
        <translation>Withdraw the selected decision (also one saved earlier)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="191"/>
        <source>Đánh dấu đã xử lý…</source>
        <translation>Mark as addressed…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="192"/>
        <source>Ghi nhận khoảng trống đang chọn đã được xử lý, kèm ghi chú</source>
        <translation>Record that the selected gap is addressed, with a note</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="194"/>
        <source>Thêm các kế hoạch cần so sánh: nút “Thêm kế hoạch…” bên trái, hoặc kéo thả tệp vào cửa sổ.</source>
        <translation>Add the plans to compare: the “Add plans…” button on the left, or drag and drop files onto the window.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="210"/>
        <source>Chưa lưu</source>
        <translation>Unsaved</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="238"/>
        <source>Chọn kế hoạch cần so sánh</source>
        <translation>Choose the plans to compare</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="240"/>
        <source>Kế hoạch ({patterns});;Mọi tệp (*)</source>
        <translation>Plans ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="305"/>
        <source>Chọn văn bản tham chiếu</source>
        <translation>Choose the reference document</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="306"/>
        <source>Văn bản ({patterns} *.json);;Mọi tệp (*)</source>
        <translation>Documents ({patterns} *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="340"/>
        <source>Đang đọc và so sánh các kế hoạch…</source>
        <translation>Reading and comparing the plans…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="349"/>
        <source>Đang so sánh các kế hoạch…</source>
        <translation>Comparing the plans…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="351"/>
        <source>Đang đọc {name} ({i}/{n})…</source>
        <translation>Reading {name} ({i}/{n})…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="398"/>
        <source>Đã xuất {name}</source>
        <translation>Exported {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="368"/>
        <location filename="../../desktop/window/main_window.py" line="411"/>
        <source>Không so sánh được: {message}</source>
        <translation>Could not compare: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="403"/>
        <source>Không xuất được {name}: {reason}</source>
        <translation>Could not export {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="418"/>
        <source>Chạy lại</source>
        <translation>Run again</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="419"/>
        <source>Đã hủy so sánh.</source>
        <translation>Comparison cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="430"/>
        <source>Đang so sánh…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="455"/>
        <source>Tệp đã thay đổi từ lần lưu trước: {files}.</source>
        <translation>Files changed since the project was saved: {files}.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="459"/>
        <source>{n} quyết định rà soát không gắn lại được vào kế hoạch (đoạn văn đã bị sửa hoặc tệp đã bị bỏ).</source>
        <translation>{n} review decisions could not be re-attached (the passage was edited or the file removed).</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="464"/>
        <source>{second} có cùng nội dung với {first} (đã thêm hai lần).</source>
        <translation>{second} has the same content as {first} (added twice).</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="466"/>
        <source>{second} có cùng số ký hiệu với {first}: có thể là một kế hoạch ở hai định dạng.</source>
        <translation>{second} has the same document number as {first}: probably one plan in two formats.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="467"/>
        <source>Bỏ {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="539"/>
        <source>Không còn ô nào cần xem lại.</source>
        <translation>No cells left to review.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="566"/>
        <location filename="../../desktop/window/main_window.py" line="577"/>
        <source>Đánh dấu đã xử lý</source>
        <translation>Mark as addressed</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="567"/>
        <location filename="../../desktop/window/main_window.py" line="578"/>
        <source>Ghi chú (vì sao khoảng trống này đã được xử lý):</source>
        <translation>Note (why this gap is addressed):</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="590"/>
        <source>Gán đoạn vào nhiệm vụ</source>
        <translation>Assign a passage to the task</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="591"/>
        <source>Đoạn của kế hoạch thực hiện nhiệm vụ {ref}:</source>
        <translation>Passage of the plan that carries task {ref}:</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="607"/>
        <source>xác nhận {ref} · {plan}</source>
        <translation>confirm {ref} · {plan}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="608"/>
        <source>bác bỏ {ref} · {plan}</source>
        <translation>reject {ref} · {plan}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="609"/>
        <source>gán đoạn vào {ref} · {plan}</source>
        <translation>assign passage to {ref} · {plan}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="610"/>
        <source>đã xử lý {ref} · {plan}</source>
        <translation>addressed {ref} · {plan}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="620"/>
        <source>khôi phục đoạn đã bác bỏ {ref} · {plan}</source>
        <translation>restore rejected passage {ref} · {plan}</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="631"/>
        <source>bỏ quyết định {ref} · {plan}</source>
        <translation>withdraw decision {ref} · {plan}</translation>
    </message>
</context>
<context>
    <name>OverlapsModel</name>
    <message>
        <location filename="../../desktop/models/result_models.py" line="162"/>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="162"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="162"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="162"/>
        <source>Số kế hoạch</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="163"/>
        <source>Các kế hoạch</source>
        <translation>Which plans</translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="150"/>
        <source>Nhấp đúp để mở tệp</source>
        <translation>Double-click to open the file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="188"/>
        <source>Kế hoạch so sánh</source>
        <translation>Plans to compare</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="189"/>
        <source>Thêm kế hoạch…</source>
        <translation>Add plans…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="191"/>
        <source>Bỏ kế hoạch</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="192"/>
        <source>Đưa lên (Alt+↑)</source>
        <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="193"/>
        <source>Đưa xuống (Alt+↓)</source>
        <translation>Move down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="194"/>
        <source>Kéo thả tệp ({extensions}) vào cửa sổ; kéo kế hoạch trong danh sách để đổi thứ tự.</source>
        <translation>Drop files ({extensions}) onto the window; drag plans in the list to reorder them.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="197"/>
        <source>Văn bản tham chiếu</source>
        <translation>Reference document</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="198"/>
        <source>Ngưỡng khớp</source>
        <translation>Matching threshold</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="199"/>
        <source>Cao hơn: chỉ nhận đoạn rất sát; thấp hơn: nhận cả đoạn gần.</source>
        <translation>Higher: only very close passages count; lower: near ones count too.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="215"/>
        <source>Đang đọc…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="215"/>
        <source>Chưa đọc</source>
        <translation>Not read</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="218"/>
        <source>{n} nhiệm vụ</source>
        <translation>{n} tasks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="220"/>
        <source>không tìm thấy nhiệm vụ nào (mở tệp để kiểm tra)</source>
        <translation>no tasks found (open the file to check it)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="233"/>
        <source>Mở tệp văn bản khác…</source>
        <translation>Open another document…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="247"/>
        <source>Có sẵn trong chương trình</source>
        <translation>Built in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="249"/>
        <source>{n} nhiệm vụ, {k} ý chính · {source}</source>
        <translation>{n} tasks, {k} key points · {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="251"/>
        <source>(không ghi nguồn)</source>
        <translation>(no source given)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plans_panel.py" line="252"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ResultTab</name>
    <message>
        <location filename="../../desktop/views/result_tab.py" line="124"/>
        <source>Lọc theo nội dung, mã… (Ctrl+F)</source>
        <translation>Filter by content, ID… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_tab.py" line="125"/>
        <source>Kế hoạch:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_tab.py" line="139"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/views/result_tab.py" line="156"/>
        <source>{shown}/{total} dòng</source>
        <translation>{shown}/{total} rows</translation>
    </message>
</context>
<context>
    <name>SimilarPairsModel</name>
    <message>
        <location filename="../../desktop/models/result_models.py" line="231"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="231"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/models/result_models.py" line="231"/>
        <source>Nhiệm vụ tương tự</source>
        <translation>Similar task</translation>
    </message>
</context>
</TS>
