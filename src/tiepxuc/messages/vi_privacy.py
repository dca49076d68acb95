"""Vietnamese texts for citizens' personal data (privacy scan, public outputs)."""

TEXTS: dict[str, str] = {
    # the kinds of personal data found in free text (the value itself is never shown)
    "privacy.kind.phone": "số điện thoại",
    "privacy.kind.id_number": "số định danh cá nhân",
    "privacy.kind.old_id_number": "số chứng minh nhân dân",
    "privacy.kind.email": "địa chỉ thư điện tử",
    # the petitioner's contact fields
    "privacy.field.address": "địa chỉ",
    "privacy.field.phone": "số điện thoại",
    "privacy.field.id_number": "số định danh cá nhân",
    "privacy.field.email": "địa chỉ thư điện tử",
    "enum.ContactStore.record": "trong hồ sơ kiến nghị",
    "enum.ContactStore.private": "trong tệp riêng private/contacts.yaml, không đưa vào kho chung",
    "check.pattern.email": "Địa chỉ thư điện tử ở trường “{field}” không đúng dạng, ví dụ: ten@example.vn",
    # the private contacts file
    "privacy.contacts.unreadable": "Không đọc được {file} (tệp phải là văn bản UTF-8)",
    "privacy.contacts.syntax": "{file} dòng {line}: sai cú pháp YAML",
    "privacy.contacts.not_mapping": (
        "{file} phải gồm các mục “mã kiến nghị: {{address, phone, id_number, email}}”"
    ),
    "privacy.contacts.not_mapping_entry": (
        "{where}: thông tin liên hệ phải ghi theo trường (address, phone, id_number, email)"
    ),
    "privacy.contacts.unknown_field": (
        "{where}: trường “{field}” không phải thông tin liên hệ; được phép: {allowed}"
    ),
    "privacy.contacts.invalid": "{where}: {label} không đúng định dạng (trường {field})",
    # document text (Vietnamese only)
    "doc.contact.address": "địa chỉ: {value}",
    "doc.contact.phone": "điện thoại: {value}",
    "doc.contact.id_number": "số định danh: {value}",
    "doc.contact.email": "thư điện tử: {value}",
    "doc.private_gitignore": (
        "# Dữ liệu cá nhân của người dân: không bao giờ đưa thư mục này vào kho git (do tiepxuc tạo)"
    ),
    # tiepxuc privacy
    "cli.privacy.help": (
        "Dữ liệu cá nhân của người dân trong hồ sơ (Luật Bảo vệ dữ liệu cá nhân). "
        "Xem: tiepxuc privacy scan --help"
    ),
    "cli.privacy.short": "Tìm dữ liệu cá nhân trong hồ sơ",
    "cli.privacy.scan_help": (
        "Tìm số điện thoại (di động, cố định, +84), số định danh cá nhân 12 chữ số (CCCD), số "
        "CMND 9 chữ số và địa chỉ thư điện tử trong các trường văn bản tự do của mọi hồ sơ (nội "
        "dung, trả lời, kết quả, ghi chú, tóm tắt…). Mỗi chỗ tìm thấy in một dòng "
        "“tệp:dòng:cột: trường: loại dữ liệu”, không bao giờ in chính giá trị. Mã thoát: 0 không "
        "thấy gì, 1 có dữ liệu cá nhân (hoặc tệp liên hệ riêng chưa được git bỏ qua), 2 không "
        "chạy được (hoặc có hồ sơ không đọc được)."
    ),
    "cli.privacy.scan_short": "Tìm số điện thoại, số định danh, thư điện tử trong văn bản tự do",
    "cli.privacy.opt_json": "In kết quả dạng JSON (file, line, column, field, kind, label)",
    "cli.privacy.unreadable": "{file}: không đọc được tệp nên không kiểm tra được",
    "cli.privacy.not_ignored": (
        "Cảnh báo: git chưa bỏ qua {file} (hoặc tệp đã được đưa vào kho): thêm dòng “private/” "
        "vào .gitignore; nếu tệp đã được commit, gỡ khỏi kho bằng “git rm --cached {file}”"
    ),
    "cli.privacy.summary": (
        "Tìm thấy {count} chỗ có dữ liệu cá nhân trong {records} tệp (đã kiểm tra {files} tệp). "
        "Xóa khỏi nội dung; thông tin liên hệ để ở private/contacts.yaml"
    ),
    "cli.privacy.clean": "Không thấy dữ liệu cá nhân trong văn bản tự do của {files} tệp",
    # tiepxuc export
    "cli.export.opt_ics_public": (
        "Bản công khai: không có dữ liệu cá nhân của người dân trong nội dung sự kiện "
        "(mặc định out/tiepxuc-cong-khai.ics)"
    ),
    "cli.export.json_help": (
        "Xuất hồ sơ (kế hoạch, hội nghị, kiến nghị, thông báo kết luận, báo cáo) thành JSON. "
        "Với --public: bản để công bố, dữ liệu mở — bỏ hẳn các trường dữ liệu cá nhân (họ tên, "
        "địa chỉ, điện thoại, số định danh, thư điện tử của người dân), che dữ liệu cá nhân "
        "trong văn bản tự do; không có --public: bản đầy đủ dùng nội bộ (kèm thông tin liên hệ "
        "trong private/contacts.yaml)."
    ),
    "cli.export.opt_json_output": (
        "Ghi vào tệp này (mặc định out/tiepxuc.json, hoặc out/tiepxuc-cong-khai.json với "
        "--public; - để in ra màn hình)"
    ),
    "cli.export.opt_json_public": "Bản công khai: không có dữ liệu cá nhân của người dân",
    "cli.export.json_skipped": (
        "Cảnh báo: {count} hồ sơ có lỗi không được xuất (xem: tiepxuc validate)"
    ),
    # tiepxuc petition add
    "cli.petition.opt_email": "Địa chỉ thư điện tử (không đưa vào bản công khai)",
    "cli.petition.contacts_private": (
        "Thông tin liên hệ ghi vào {file} (tệp riêng, không đưa vào kho chung)"
    ),
    # the rule
    "rule.PRIVACY-CONTACT-IN-REPO.title": "Thông tin liên hệ của người dân không nằm trong kho chung",
    "rule.PRIVACY-CONTACT-IN-REPO.explain": (
        "Khi tiepxuc.yaml ghi privacy.contacts: private, địa chỉ, số điện thoại, số định danh "
        "cá nhân và thư điện tử của người kiến nghị chỉ được giữ trong tệp riêng "
        "private/contacts.yaml (git bỏ qua, không chia sẻ); hồ sơ trong kho chung không ghi các "
        "thông tin đó, kể cả trong nội dung, trả lời, ghi chú."
    ),
    "rule.PRIVACY-CONTACT-IN-REPO.fix": (
        "Chuyển thông tin sang private/contacts.yaml (mỗi mục: mã kiến nghị, dưới đó address, "
        "phone, id_number, email) rồi xóa khỏi hồ sơ; với văn bản tự do, bỏ số điện thoại, số định danh, thư điện tử "
        "khỏi câu chữ. Lệnh “tiepxuc petition add --phone …” tự ghi vào tệp riêng."
    ),
    "rule.PRIVACY-CONTACT-IN-REPO.basis": (
        "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (hiệu lực từ 01/01/2026); tiepxuc.yaml: "
        "privacy.contacts: private"
    ),
    "rule.PRIVACY-CONTACT-IN-REPO.field": (
        "Hồ sơ trong kho chung ghi {label} của người dân ({field}); đơn vị giữ thông tin liên "
        "hệ ở {file}"
    ),
    "rule.PRIVACY-CONTACT-IN-REPO.text": "Trường “{field}” có {kind} trong nội dung",
}
