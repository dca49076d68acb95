"""Vietnamese texts of the workbooks (.xlsx): options, sheet names and column headers."""

TEXTS: dict[str, str] = {
    "cli.check.opt_xlsx": (
        "Ghi mọi việc được liệt kê (theo --as-of, --within, --agency, --unit) vào bảng tính "
        "Excel này (.xlsx) thay vì in bảng ra màn hình"
    ),
    "cli.report.opt_xlsx": (
        "Ghi các bảng số liệu vào bảng tính Excel này (.xlsx), mỗi bảng một trang, thay vì in "
        "ra màn hình"
    ),
    "cli.export.xlsx_help": (
        "Danh sách kiến nghị ra bảng tính Excel (.xlsx): ngày hội nghị, lĩnh vực, nội dung, "
        "người kiến nghị, tình trạng, cơ quan chủ trì, hạn giải quyết. Với --public: bản công "
        "khai, không có tên, địa chỉ, số điện thoại, số định danh, thư điện tử của người dân."
    ),
    "cli.export.arg_xlsx": (
        "Ghi vào tệp này (mặc định out/tiepxuc.xlsx, bản công khai out/tiepxuc-cong-khai.xlsx; "
        "- để ghi ra đầu ra chuẩn)"
    ),
    "cli.export.opt_xlsx_public": (
        "Bản công khai: không có dữ liệu cá nhân của người dân (tên, địa chỉ, số điện thoại, "
        "số định danh, thư điện tử), kể cả trong nội dung"
    ),
    "cli.export.xlsx_twice": "Tên tệp được cho hai lần (TỆP và -o) và khác nhau: chỉ cho một lần",
    "xlsx.title.deadlines": "Thời hạn tiếp xúc, đối thoại tính đến ngày {date}",
    "xlsx.title.petitions": "Ý kiến, kiến nghị của Nhân dân — {unit}",
    "xlsx.sheet.deadlines": "Thời hạn",
    "xlsx.sheet.figures": "Số liệu",
    "xlsx.sheet.fields": "Theo lĩnh vực",
    "xlsx.sheet.resolution": "Kết quả giải quyết",
    "xlsx.sheet.sessions": "Hội nghị",
    "xlsx.sheet.units": "Theo đơn vị",
    "xlsx.sheet.petitions": "Kiến nghị",
    "xlsx.col.unit": "Đơn vị",
    "xlsx.col.record": "Mã hồ sơ",
    "xlsx.col.obligation": "Việc phải làm",
    "xlsx.col.due": "Hạn",
    "xlsx.col.status": "Tình trạng hạn",
    "xlsx.col.days": "Số ngày trước hạn (âm: quá hạn)",
    "xlsx.col.days_text": "Còn lại, quá hạn",
    "xlsx.col.done": "Ngày hoàn thành",
    "xlsx.col.agency": "Cơ quan chủ trì",
    "xlsx.col.file": "Tệp hồ sơ:dòng",
    "xlsx.col.rule": "Cách tính hạn",
    "xlsx.col.basis": "Căn cứ",
    "xlsx.col.notes": "Ghi chú",
    "xlsx.col.count": "Số cuộc",
    "xlsx.col.percent": "Tỷ lệ",
    "xlsx.col.petitions": "Số ý kiến, kiến nghị",
    "xlsx.col.field": "Lĩnh vực",
    "xlsx.col.handled": "Giao giải quyết, chuyển",
    "xlsx.col.result": "Kết quả giải quyết",
    "xlsx.col.grouping": "Phân theo",
    "xlsx.col.kind": "Loại",
    "xlsx.col.session_kind": "Loại hội nghị",
    "xlsx.col.session_format": "Hình thức",
    "xlsx.col.answered_percent": "Tỷ lệ trả lời tại hội nghị",
    "xlsx.col.on_time_percent": "Tỷ lệ đúng hạn",
    "xlsx.col.median": "Trung vị (ngày làm việc)",
    "xlsx.col.petition": "Mã kiến nghị",
    "xlsx.col.session_date": "Ngày hội nghị",
    "xlsx.col.session": "Hội nghị",
    "xlsx.col.raised_by": "Người kiến nghị",
    "xlsx.col.group": "Tổ dân phố, tổ chức",
    "xlsx.col.address": "Địa chỉ",
    "xlsx.col.phone": "Số điện thoại",
    "xlsx.col.id_number": "Số định danh cá nhân",
    "xlsx.col.email": "Thư điện tử",
    "xlsx.col.content": "Nội dung",
    "xlsx.col.answer": "Trả lời tại hội nghị",
    "xlsx.col.state": "Tình trạng kiến nghị",
    "xlsx.col.resolved": "Ngày giải quyết",
    "xlsx.fig.units": "Số đơn vị",
    "xlsx.fig.min_sessions": "số cuộc tối thiểu trong năm",
    "xlsx.fig.median": "Thời gian giải quyết trung vị (ngày làm việc)",
}
