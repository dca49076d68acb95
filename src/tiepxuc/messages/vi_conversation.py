"""Vietnamese texts for the conversation at the command line: Click's own words (usage,
headings, its errors), questions asked again, input that ends, suggestions."""

TEXTS: dict[str, str] = {
    # ------------------------------------------------------------ Click's own words
    "click.usage": "Cách dùng:",
    "click.options": "Tùy chọn",
    "click.commands": "Lệnh",
    "click.arguments": "Tham số",
    "click.required": "bắt buộc",
    "click.default": "mặc định: {value}",
    "click.options_metavar": "[TÙY-CHỌN]",
    "click.commands_metavar": "LỆNH [THAM-SỐ]...",
    "click.metavar_text": "GIÁ-TRỊ",
    "click.metavar_number": "SỐ",
    "click.help_option": "Xem hướng dẫn này rồi thoát",
    "click.aborted": "Đã dừng; không ghi gì.",
    "click.quoted": "“{name}”",
    "click.did_you_mean": "Có phải ý bạn là {names}?",
    "click.no_such_command": "Không có lệnh “{name}”.",
    "click.no_such_option": "Không có tùy chọn “{name}”.",
    "click.missing_option": "Thiếu tùy chọn bắt buộc {name}.",
    "click.missing_argument": "Thiếu tham số bắt buộc {name}.",
    "click.invalid_value_for": "Giá trị ở {name} không hợp lệ: {message}",
    "click.invalid_value": "Giá trị không hợp lệ: {message}",
    "click.not_number": "“{value}” không phải là một số",
    "click.out_of_range": "{value} nằm ngoài khoảng cho phép ({range})",
    "click.not_a_choice": "“{value}” không phải là một trong: {choices}",
    "click.requires_value": "Tùy chọn {name} cần có giá trị đi kèm.",
    "click.takes_no_value": "Tùy chọn {name} không nhận giá trị.",
    "click.extra_arguments": (
        "Thừa tham số: {args}. Giá trị có dấu cách phải đặt trong ngoặc kép, ví dụ "
        "--name \"Nguyễn Văn A\"."
    ),
    "click.extra_words": (
        "Thừa tham số: có giá trị không thuộc tùy chọn nào. Giá trị có dấu cách phải đặt trong "
        "ngoặc kép, ví dụ --name \"Nguyễn Văn A\"."
    ),
    "click.missing_command": "Thiếu tên lệnh.",
    "click.try_help": "Xem hướng dẫn: {command} {option}",
    # ------------------------------------------------------------ questions, answers
    "cli.input_closed": (
        "Đầu vào đã đóng (không còn gì để đọc) khi đang hỏi: “{question}”. Chưa ghi gì. Chạy lại "
        "lệnh trong cửa sổ dòng lệnh để trả lời từng câu, hoặc ghi đủ các tham số và thêm "
        "--no-input (khi chạy bằng tập lệnh)"
    ),
    "cli.input_ended": (
        "Đầu vào đã đóng trước khi trả lời xong. Chưa ghi gì. Chạy lại lệnh trong cửa sổ dòng "
        "lệnh để trả lời, hoặc ghi đủ các tham số và thêm --no-input (khi chạy bằng tập lệnh)"
    ),
    "cli.confirm_default_no": "(c = có, k = không; để trống: không)",
    "cli.confirm_default_yes": "(c = có, k = không; để trống: có)",
    "cli.confirm_again": "Trả lời c (có) hoặc k (không).",
    "cli.did_you_mean": "Có phải ý bạn là “{value}”?",
    "cli.required_choice": "Câu này cần có câu trả lời; chọn một trong: {choices}",
    "cli.required_empty": "Câu này cần có câu trả lời; mời nhập lại.",
    # ------------------------------------------------------------ init
    "cli.init.opt_state_superior": (
        "Cơ quan nhà nước cấp trên, ghi ở dòng đầu tiêu đề văn bản của UBND (nếu có), ví dụ "
        "\"Ủy ban nhân dân tỉnh Bắc Ninh\""
    ),
    "cli.init.ask_party_superior": (
        "Cấp ủy cấp trên, ghi ở dòng đầu tiêu đề văn bản của Đảng ủy và ở nơi nhận (ví dụ: ĐẢNG BỘ "
        "TỈNH BẮC NINH; có thể bỏ trống)"
    ),
    "cli.init.ask_state_superior": (
        "Cơ quan nhà nước cấp trên, ghi ở dòng đầu tiêu đề văn bản của UBND nếu đơn vị có dùng "
        "(ví dụ: ỦY BAN NHÂN DÂN TỈNH BẮC NINH; có thể bỏ trống)"
    ),
    # ------------------------------------------------------------ new-session
    "cli.new_session.invitation_late": (
        "đã quá hạn phát hành giấy mời, thông báo (hạn {due}) cho hội nghị ngày {date}: không còn "
        "đủ thời gian để mời đúng hạn. Nếu giấy mời đã phát hành, ghi ngày thực tế: tiepxuc invite "
        "{id} --date NGÀY; nếu chưa, phát hành ngay (việc mời muộn được ghi nhận là vi phạm) hoặc "
        "dời ngày hội nghị"
    ),
    "cli.new_session.invitation_past": (
        "đã quá hạn phát hành giấy mời, thông báo (hạn {due}) của hội nghị ngày {date}, hội nghị "
        "đã diễn ra. Ghi ngày giấy mời đã thực tế phát hành: tiepxuc invite {id} --date NGÀY (nếu "
        "mời muộn, việc đó được ghi nhận là vi phạm)"
    ),
    "cli.new_session.invitation_today": (
        "hôm nay ({due}) là ngày cuối cùng phát hành giấy mời, thông báo cho hội nghị ngày {date}; "
        "phát hành trong hôm nay rồi ghi nhận: tiepxuc invite {id}"
    ),
    "cli.new_session.has_errors": (
        "hội nghị đã được ghi, nhưng hồ sơ {file} còn {count} lỗi (in ở trên, kèm tệp:dòng). Sửa "
        "trong tệp theo hướng dẫn dưới đây (chức vụ đang khuyết: ghi người được phân công chủ trì "
        "thay), rồi kiểm tra lại bằng “tiepxuc validate”:"
    ),
    # ------------------------------------------------------------ petitions, documents, history
    "cli.petition.feedback_agree": "đồng tình",
    "cli.petition.feedback_disagree": "chưa đồng tình",
    "cli.render.kind_plan": "kế hoạch",
    "cli.render.kind_invitation": "giấy mời",
    "cli.render.kind_minutes": "biên bản",
    "cli.render.kind_conclusion": "thông báo kết luận",
    "cli.render.kind_report": "báo cáo",
    "cli.render.unknown_kind": "Không có loại văn bản “{kind}”.{hint} Các loại: {kinds}",
    "cli.history.ambiguous": (
        "Nhiều hồ sơ có mã bắt đầu bằng “{id}”: {matches}; ghi thêm phần sau của mã để chỉ một "
        "hồ sơ"
    ),
}
