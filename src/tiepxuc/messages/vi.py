"""Vietnamese texts (the reference catalogue). Keys are shared with en.py."""

MESSAGES: dict[str, str] = {
    # ------------------------------------------------------------ severities, kinds, values
    "severity.error": "lỗi",
    "severity.breach": "vi phạm",
    "severity.warning": "cảnh báo",
    "kind.unit": "cấu hình đơn vị",
    "kind.plan": "kế hoạch",
    "kind.session": "hội nghị",
    "kind.petition": "kiến nghị",
    "kind.report": "báo cáo năm",
    "kind.calendar": "lịch làm việc của đơn vị",
    "kind.conclusion": "thông báo kết luận",
    "value.none": "không áp dụng",
    "value.yes": "có",
    "value.no": "không",
    "value.working_days": "{days} ngày làm việc",
    "value.calendar_days": "{days} ngày",
    "value.reading_strict": "cách tính chặt: đủ {days} ngày trọn vẹn ở giữa",
    "value.reading_lenient": "cách tính rộng: ngày thứ {days} trước đó",
    "value.one_of": "một trong: {options}",
    "value.hours": "từ {low} đến {high} giờ",
    # ------------------------------------------------------------ vocabularies
    "enum.Level.province": "cấp tỉnh",
    "enum.Level.district": "cấp huyện",
    "enum.Level.commune": "cấp xã (xã, phường, đặc khu)",
    "enum.Position.party_secretary": "Bí thư cấp ủy",
    "enum.Position.party_deputy_secretary": "Phó Bí thư cấp ủy",
    "enum.Position.council_chair": "Chủ tịch HĐND",
    "enum.Position.council_vice_chair": "Phó Chủ tịch HĐND",
    "enum.Position.committee_chair": "Chủ tịch UBND",
    "enum.Position.committee_vice_chair": "Phó Chủ tịch UBND",
    "enum.Position.front_chair": "Chủ tịch Ủy ban MTTQ",
    "enum.Issuer.party": "văn bản của Đảng",
    "enum.Issuer.state": "văn bản của chính quyền",
    "enum.SessionKind.periodic": "định kỳ",
    "enum.SessionKind.thematic": "chuyên đề",
    "enum.SessionKind.ad_hoc": "đột xuất",
    "enum.SessionKind.regular": "thường xuyên",
    "enum.SessionFormat.in_person": "trực tiếp",
    "enum.SessionFormat.online": "trực tuyến",
    "enum.Channel.letter": "giấy mời",
    "enum.Channel.notice_board": "niêm yết công khai",
    "enum.Channel.loudspeaker": "loa truyền thanh",
    "enum.Channel.website": "cổng thông tin điện tử",
    "enum.Channel.social_media": "mạng xã hội",
    "enum.Channel.other": "hình thức khác",
    "enum.AgendaStepKind.opening": "tuyên bố lý do, giới thiệu đại biểu",
    "enum.AgendaStepKind.chair_purpose": "chủ trì nêu mục đích, nội dung",
    "enum.AgendaStepKind.report": "báo cáo tình hình",
    "enum.AgendaStepKind.front_summary": "MTTQ tổng hợp ý kiến",
    "enum.AgendaStepKind.citizens_speak": "Nhân dân phát biểu",
    "enum.AgendaStepKind.agencies_answer": "cơ quan chuyên môn trả lời",
    "enum.AgendaStepKind.chair_answers": "chủ trì trả lời",
    "enum.AgendaStepKind.exchange": "trao đổi thêm",
    "enum.AgendaStepKind.chair_concludes": "chủ trì kết luận",
    "enum.AgendaStepKind.closing": "bế mạc",
    "enum.AgendaStepKind.other": "nội dung khác",
    "enum.Received.before_session": "tiếp nhận trước hội nghị",
    "enum.Received.at_session": "nêu tại hội nghị",
    "enum.RaiserKind.person": "cá nhân",
    "enum.RaiserKind.organisation": "tổ chức",
    "enum.Competence.own_level": "thuộc thẩm quyền cấp mình",
    "enum.Competence.level_above": "thuộc thẩm quyền cấp trên",
    "enum.Competence.other_agency": "thuộc thẩm quyền cơ quan khác",
    "enum.AnswerKind.answered": "đã trả lời tại hội nghị",
    "enum.AnswerKind.answer_later": "trả lời sau",
    "enum.AnswerKind.declined": "từ chối trả lời",
    "reason.illness": "vắng vì lý do sức khỏe",
    "reason.urgent_duty": "có nhiệm vụ công tác đột xuất",
    "reason.under_investigation": "đang điều tra, xác minh, chưa có kết luận chính thức",
    "reason.insufficient_basis": "chưa đủ cơ sở trả lời",
    "reason.outside_competence": "không thuộc thẩm quyền",
    "reason.lacks_capacity": "không có đủ năng lực hành vi dân sự",
    "reason.disorderly": "có hành vi gây rối trật tự",
    "reason.not_constructive": "tham gia không vì mục đích xây dựng",
    # ------------------------------------------------------------ YAML
    "yaml.tab": "Có ký tự Tab: YAML chỉ thụt lề bằng dấu cách; thay Tab bằng 2 dấu cách",
    "yaml.colon": (
        "Dấu hai chấm đặt sai chỗ hoặc thụt lề sai; nếu nội dung có dấu “:”, hãy đặt cả nội dung "
        "trong ngoặc kép"
    ),
    "yaml.unclosed": "Thiếu dấu ngoặc kép đóng cho nội dung mở ở dòng {start_line}",
    "yaml.unclosed_bracket": "Thiếu dấu ngoặc đóng “]” hoặc “}}” cho danh sách mở ở dòng {start_line}",
    "yaml.indent": (
        "Thụt lề không khớp với các dòng phía trên (từ dòng {start_line}); các mục cùng cấp phải "
        "thẳng cột"
    ),
    "yaml.missing_colon": "Thiếu dấu hai chấm “:” sau tên trường",
    "yaml.multiple_documents": "Mỗi tệp chỉ chứa một hồ sơ; bỏ dòng “---” thứ hai",
    "yaml.syntax": "Cú pháp YAML không hợp lệ ({problem})",
    "yaml.alias": (
        "Hồ sơ không dùng neo “&” và bí danh “*” của YAML; hãy viết đầy đủ giá trị tại chỗ"
    ),
    "yaml.complex_key": "Tên trường phải là một từ đơn, không phải danh sách hay bảng",
    "yaml.duplicate_key": (
        "Trường “{key}” đã khai báo ở dòng {first}; xóa một trong hai dòng (giá trị sau sẽ làm "
        "mất giá trị trước)"
    ),
    # ------------------------------------------------------------ record structure
    "check.missing": "Thiếu trường bắt buộc “{field}”",
    "check.derived_key": (
        "Không ghi “{key}”: hạn và trạng thái do tiepxuc tự tính từ các mốc ngày; hãy xóa dòng này"
    ),
    "check.unknown_key_suggest": "Trường “{key}” không có trong mẫu hồ sơ; có phải là “{suggestion}”?",
    "check.unknown_key": "Trường “{key}” không có trong mẫu hồ sơ; các trường được dùng: {allowed}",
    "check.date_dmy": (
        "Ngày “{value}” ở trường “{field}” phải viết theo dạng năm-tháng-ngày: {suggestion}"
    ),
    "check.date_format": (
        "Ngày “{value}” ở trường “{field}” không đúng dạng; viết theo dạng năm-tháng-ngày, "
        "ví dụ 2024-06-14"
    ),
    "check.date_month": "Ngày “{value}” ở trường “{field}” có tháng {month} không tồn tại",
    "check.date_day": (
        "Ngày “{value}” ở trường “{field}” không tồn tại: tháng {month}/{year} chỉ có {last} ngày"
    ),
    "check.time_format": "Giờ “{value}” ở trường “{field}” phải viết dạng giờ:phút, ví dụ \"07:30\"",
    "check.id_format": (
        "Mã “{value}” ở trường “{field}” chỉ gồm chữ thường không dấu, chữ số và dấu gạch nối, "
        "ví dụ 2024-06-14-dinh-ky"
    ),
    "check.text_empty": "Trường “{field}” đang để trống",
    "check.enum": "Giá trị “{value}” ở trường “{field}” không hợp lệ; chọn một trong: {choices}.",
    "check.did_you_mean": "Có phải là “{suggestion}”?",
    "check.expected_list": "Trường “{field}” phải là danh sách (mỗi mục một dòng bắt đầu bằng “- ”)",
    "check.expected_mapping": "Trường “{field}” phải gồm các trường con (dạng “tên: giá trị”)",
    "check.pattern": "Giá trị ở trường “{field}” không đúng dạng",
    "check.pattern.phone": (
        "Số điện thoại ở trường “{field}” chỉ gồm chữ số (có thể có dấu + ở đầu), ví dụ "
        "\"0912345678\""
    ),
    "check.pattern.id_number": "Số định danh ở trường “{field}” phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND)",
    "check.integer": "Trường “{field}” phải là một số nguyên",
    "check.boolean": "Trường “{field}” phải là có/không: ghi true hoặc false",
    "check.greater_than_equal": "Trường “{field}” phải lớn hơn hoặc bằng {bound}",
    "check.less_than_equal": "Trường “{field}” phải nhỏ hơn hoặc bằng {bound}",
    "check.greater_than": "Trường “{field}” phải lớn hơn {bound}",
    "check.less_than": "Trường “{field}” phải nhỏ hơn {bound}",
    "check.text": "Trường “{field}” phải là văn bản",
    "check.invalid": "Giá trị ở trường “{field}” không hợp lệ",
    "check.empty_file": "Tệp trống: chưa có nội dung hồ sơ",
    "check.not_mapping": "Tệp phải gồm các trường dạng “tên: giá trị”, không phải một danh sách hay một dòng chữ",
    # ------------------------------------------------------------ repository
    "repo.not_found": (
        "Không tìm thấy kho hồ sơ tiepxuc tại {path} hoặc các thư mục cha (cần tệp {file}). "
        "Chạy “tiepxuc init” để tạo kho, hoặc dùng “tiepxuc -C <thư mục kho> …”"
    ),
    "repo.unreadable_os": "Không đọc được tệp (kiểm tra quyền truy cập tệp)",
    "repo.unreadable_encoding": (
        "Tệp không phải văn bản UTF-8 từ vị trí này; hãy lưu lại với bảng mã UTF-8"
    ),
    "repo.duplicate_id": "Mã hồ sơ “{id}” trùng với hồ sơ ở {other}; mỗi hồ sơ cần một mã riêng",
    "repo.id_filename": "Mã hồ sơ “{id}” khác tên tệp “{name}”; nên đặt tên tệp là {id}.yaml",
    # ------------------------------------------------------------ profiles
    "profile.unit_plan": "Kế hoạch tiếp xúc, đối thoại hằng năm của đơn vị",
    "profile.unknown": (
        "Không có bộ quy tắc “{profile}”; các bộ hiện có: {known}. Tạm dùng “{suggestion}”"
    ),
    "profile.unknown_param": "Bộ quy tắc không có tham số “{param}”. {hint}",
    "profile.bad_value": (
        "Giá trị thay thế cho “{param}” không đúng dạng; giá trị của bộ quy tắc là: {current}"
    ),
    "profile.override_basis": "Giá trị do đơn vị quy định trong tiepxuc.yaml",
    # ------------------------------------------------------------ rules: titles, explanations, fixes
    "rule.FILE-UNREADABLE.title": "Tệp hồ sơ đọc được, mã UTF-8",
    "rule.FILE-UNREADABLE.explain": "Mỗi tệp hồ sơ phải mở được và là văn bản mã UTF-8.",
    "rule.FILE-UNREADABLE.fix": (
        "Lưu lại tệp với bảng mã UTF-8 (Notepad: Lưu thành… → Mã hóa: UTF-8) hoặc sửa quyền đọc tệp."
    ),
    "rule.FILE-UNREADABLE.basis": "Quy ước hồ sơ tiepxuc",
    "rule.YAML-SYNTAX.title": "Cú pháp YAML đúng",
    "rule.YAML-SYNTAX.explain": (
        "Hồ sơ viết bằng YAML: mỗi dòng “tên: giá trị”, thụt lề bằng dấu cách, danh sách bắt đầu "
        "bằng “- ”."
    ),
    "rule.YAML-SYNTAX.fix": (
        "Xem dòng được báo và dòng phía trên: thụt lề cho thẳng cột, thay Tab bằng dấu cách, đặt "
        "nội dung có dấu “:” hoặc “#” trong ngoặc kép."
    ),
    "rule.YAML-SYNTAX.basis": "Quy ước hồ sơ tiepxuc",
    "rule.YAML-ALIAS.title": "Không dùng bí danh YAML",
    "rule.YAML-ALIAS.explain": (
        "Neo “&” và bí danh “*” làm một giá trị xuất hiện ở nhiều nơi mà không nhìn thấy, khó đối "
        "chiếu lịch sử và có thể bị lợi dụng để làm tệp phình to."
    ),
    "rule.YAML-ALIAS.fix": "Viết đầy đủ giá trị ở từng chỗ thay cho “*tên”.",
    "rule.YAML-ALIAS.basis": "Quy ước hồ sơ tiepxuc",
    "rule.YAML-DUPLICATE-KEY.title": "Mỗi trường chỉ khai báo một lần",
    "rule.YAML-DUPLICATE-KEY.explain": (
        "Khi một trường xuất hiện hai lần trong cùng một bảng, giá trị sau sẽ âm thầm thay giá trị "
        "trước; tiepxuc coi đây là lỗi để không mất dữ liệu."
    ),
    "rule.YAML-DUPLICATE-KEY.fix": "Giữ một dòng đúng, xóa dòng còn lại.",
    "rule.YAML-DUPLICATE-KEY.basis": "Quy ước hồ sơ tiepxuc",
    "rule.YAML-UNQUOTED.title": "Số điện thoại, số định danh đặt trong ngoặc kép",
    "rule.YAML-UNQUOTED.explain": (
        "tiepxuc luôn đọc đúng các giá trị như 0912345678, nhưng trình soạn thảo và công cụ YAML "
        "khác sẽ hiểu đó là số (mất số 0 ở đầu) hoặc giá trị đúng/sai (no, on)."
    ),
    "rule.YAML-UNQUOTED.fix": "Đặt giá trị trong ngoặc kép, ví dụ phone: \"0912345678\".",
    "rule.YAML-UNQUOTED.basis": "Quy ước hồ sơ tiepxuc",
    "rule.KEY-UNKNOWN.title": "Chỉ dùng các trường có trong mẫu hồ sơ",
    "rule.KEY-UNKNOWN.explain": (
        "Trường viết sai tên sẽ bị bỏ qua mà không ai biết, nên tiepxuc báo lỗi và gợi ý tên đúng. "
        "Hạn và trạng thái không được ghi vào hồ sơ: tiepxuc tự tính."
    ),
    "rule.KEY-UNKNOWN.fix": "Sửa tên trường theo gợi ý; xem “tiepxuc schema” để biết các trường.",
    "rule.KEY-UNKNOWN.basis": "Quy ước hồ sơ tiepxuc",
    "rule.FIELD-MISSING.title": "Có đủ các trường bắt buộc",
    "rule.FIELD-MISSING.explain": "Mỗi loại hồ sơ có các trường bắt buộc (ví dụ hội nghị cần mã, loại và ngày).",
    "rule.FIELD-MISSING.fix": "Thêm trường còn thiếu vào đúng chỗ được báo.",
    "rule.FIELD-MISSING.basis": "Quy ước hồ sơ tiepxuc",
    "rule.VALUE-INVALID.title": "Giá trị đúng kiểu, đúng dạng",
    "rule.VALUE-INVALID.explain": (
        "Mỗi trường có kiểu riêng: văn bản, số, ngày, giờ, danh sách, hoặc một trong các giá trị "
        "cho trước (ví dụ loại hội nghị: periodic, thematic, ad_hoc, regular)."
    ),
    "rule.VALUE-INVALID.fix": "Sửa giá trị theo hướng dẫn trong thông báo lỗi.",
    "rule.VALUE-INVALID.basis": "Quy ước hồ sơ tiepxuc",
    "rule.DATE-INVALID.title": "Ngày có thật, viết dạng năm-tháng-ngày",
    "rule.DATE-INVALID.explain": "Ngày viết theo dạng năm-tháng-ngày (2024-06-14) và phải là ngày có thật trên lịch.",
    "rule.DATE-INVALID.fix": "Viết lại ngày, ví dụ 14/6/2024 viết là 2024-06-14.",
    "rule.DATE-INVALID.basis": "Quy ước hồ sơ tiepxuc",
    "rule.ID-DUPLICATE.title": "Mã hồ sơ không trùng nhau",
    "rule.ID-DUPLICATE.explain": (
        "Mỗi hồ sơ có một mã riêng trong toàn kho; tiepxuc tạo mã từ ngày, nội dung và vài ký tự "
        "ngẫu nhiên nên hai người thêm hồ sơ cùng lúc không bị trùng. Trùng mã thường do sao chép tệp."
    ),
    "rule.ID-DUPLICATE.fix": "Đổi mã (và tên tệp) của hồ sơ được sao chép; sửa các tham chiếu đến nó.",
    "rule.ID-DUPLICATE.basis": "Quy ước hồ sơ tiepxuc",
    "rule.ID-FILENAME.title": "Tên tệp trùng mã hồ sơ",
    "rule.ID-FILENAME.explain": "Tên tệp nên là <mã hồ sơ>.yaml để tìm hồ sơ theo mã cho nhanh.",
    "rule.ID-FILENAME.fix": "Đổi tên tệp bằng “git mv” cho khớp với mã hồ sơ.",
    "rule.ID-FILENAME.basis": "Quy ước hồ sơ tiepxuc",
    "rule.PROFILE-UNKNOWN.title": "Bộ quy tắc có thật",
    "rule.PROFILE-UNKNOWN.explain": "Trường profile trong tiepxuc.yaml chọn một bộ quy tắc có sẵn.",
    "rule.PROFILE-UNKNOWN.fix": "Chọn một bộ trong danh sách “tiepxuc rules --profiles”.",
    "rule.PROFILE-UNKNOWN.basis": "Quy ước hồ sơ tiepxuc",
    "rule.OVERRIDE-INVALID.title": "Giá trị thay thế hợp lệ",
    "rule.OVERRIDE-INVALID.explain": (
        "Đơn vị có thể thay một giá trị của bộ quy tắc trong mục overrides của tiepxuc.yaml "
        "(ví dụ quy chế của tỉnh yêu cầu 3 cuộc mỗi năm)."
    ),
    "rule.OVERRIDE-INVALID.fix": (
        "Dùng đúng tên tham số trong “tiepxuc rules” và cùng dạng với giá trị hiện hành; có thể "
        "ghi kèm căn cứ: tên_tham_số: {value: …, basis: \"Quy chế số …\"}."
    ),
    "rule.OVERRIDE-INVALID.basis": "Quy ước hồ sơ tiepxuc",
    "rule.CHAIR-HEAD.title": "Chủ trì là người đứng đầu đương nhiệm",
    "rule.CHAIR-HEAD.explain": (
        "Người chủ trì là người đứng đầu cấp ủy, HĐND, UBND cấp mình đang giữ chức vụ vào ngày "
        "hội nghị (theo danh sách officials và nhiệm kỳ trong tiepxuc.yaml); cấp phó chỉ chủ trì "
        "thay khi được người đứng đầu ủy quyền bằng văn bản."
    ),
    "rule.CHAIR-HEAD.fix": (
        "Sửa họ tên, chức vụ người chủ trì; nếu cấp phó chủ trì thay, ghi on_behalf_of và "
        "delegation. Nếu nhân sự đã thay đổi, cập nhật officials (since/until) trong tiepxuc.yaml."
    ),
    "rule.CHAIR-HEAD.not_head": (
        "“{name}” ({position}) không phải người đứng đầu; cấp phó chỉ chủ trì thay khi có văn bản "
        "ủy quyền (ghi on_behalf_of và delegation)"
    ),
    "rule.CHAIR-HEAD.vacant": (
        "Ngày {date} không có ai giữ chức vụ {position} theo tiepxuc.yaml (officials); cập nhật "
        "nhân sự và nhiệm kỳ"
    ),
    "rule.CHAIR-HEAD.other_person": (
        "“{name}” không phải {position} đương nhiệm ngày {date}; người giữ chức vụ là {holder}"
    ),
    "rule.CHAIR-DELEGATION.title": "Cấp phó chủ trì có văn bản ủy quyền, đúng lý do",
    "rule.CHAIR-DELEGATION.explain": (
        "Trường hợp người đứng đầu vắng mặt vì lý do được phép, cấp phó chủ trì thay khi có văn "
        "bản ủy quyền; hồ sơ ghi rõ chủ trì thay ai (on_behalf_of), số, ngày văn bản và lý do."
    ),
    "rule.CHAIR-DELEGATION.fix": (
        "Bổ sung delegation: document (số văn bản), date (không sau ngày hội nghị), reason (một lý "
        "do trong danh sách của bộ quy tắc)."
    ),
    "rule.CHAIR-DELEGATION.wrong_head": "{position} không thể chủ trì thay {head}",
    "rule.CHAIR-DELEGATION.no_document": (
        "“{name}” chủ trì thay nhưng chưa ghi văn bản ủy quyền (delegation.document)"
    ),
    "rule.CHAIR-DELEGATION.after_session": (
        "Văn bản ủy quyền ngày {date} ban hành sau ngày hội nghị {session}"
    ),
    "rule.CHAIR-DELEGATION.no_reason": "Chưa ghi lý do ủy quyền; lý do được phép: {allowed}",
    "rule.CHAIR-DELEGATION.bad_reason": "Lý do ủy quyền “{reason}” không được phép; lý do được phép: {allowed}",
    "rule.CHAIR-KIND.title": "Đủ thành phần chủ trì theo loại hội nghị",
    "rule.CHAIR-KIND.explain": (
        "Mỗi loại hội nghị có thành phần chủ trì riêng, ví dụ định kỳ: Bí thư, Chủ tịch HĐND và "
        "Chủ tịch UBND; chuyên đề: Bí thư và Chủ tịch UBND."
    ),
    "rule.CHAIR-KIND.fix": "Bổ sung người chủ trì còn thiếu vào chairs (hoặc cấp phó được ủy quyền).",
    "rule.CHAIR-KIND.missing": "Hội nghị {kind} thiếu {position} chủ trì",
    "rule.PLAN-MISSING.title": "Ban hành kế hoạch tiếp xúc, đối thoại hằng năm đúng hạn",
    "rule.PLAN-MISSING.explain": (
        "Hằng năm cấp ủy, chính quyền xây dựng và ban hành kế hoạch tiếp xúc, đối thoại, trước các "
        "hội nghị trong năm. Hạn ban hành ghi trong bộ quy tắc (plan_due). Kế hoạch chậm hoặc chưa "
        "có là vi phạm đã xảy ra: được báo cáo, không chặn việc ghi hồ sơ."
    ),
    "rule.PLAN-MISSING.fix": "Soạn kế hoạch bằng “tiepxuc new-plan NĂM”, rồi ban hành bằng “tiepxuc issue ke-hoach-NĂM” (ghi đúng ngày ban hành thực tế).",
    "rule.PLAN-MISSING.none": "Đến hạn {due}, năm {year} chưa ban hành kế hoạch tiếp xúc, đối thoại",
    "rule.PLAN-MISSING.late": "Kế hoạch năm {year} ban hành ngày {date}, sau hạn {due}",
    "rule.PLAN-MIN-SESSIONS.title": "Kế hoạch đủ số cuộc tối thiểu",
    "rule.PLAN-MIN-SESSIONS.explain": "Kế hoạch năm phải dự kiến đủ số cuộc tiếp xúc, đối thoại định kỳ tối thiểu.",
    "rule.PLAN-MIN-SESSIONS.fix": "Thêm cuộc vào mục sessions của kế hoạch.",
    "rule.PLAN-MIN-SESSIONS.short": "Kế hoạch năm {year} dự kiến {planned} cuộc, cần ít nhất {needed}",
    "rule.PLAN-THEMATIC.title": "Kế hoạch có cuộc chuyên đề",
    "rule.PLAN-THEMATIC.explain": "Trong các cuộc định kỳ phải có số cuộc chuyên đề tối thiểu.",
    "rule.PLAN-THEMATIC.fix": "Đổi một cuộc thành kind: thematic hoặc thêm cuộc chuyên đề.",
    "rule.PLAN-THEMATIC.short": "Kế hoạch năm {year} có {planned} cuộc chuyên đề, cần ít nhất {needed}",
    "rule.YEAR-MIN-SESSIONS.title": "Tổ chức đủ số cuộc trong năm",
    "rule.YEAR-MIN-SESSIONS.explain": (
        "Khi năm kết thúc, số cuộc đã tổ chức phải đạt mức tối thiểu (và số cuộc kế hoạch đã định). "
        "Trong năm, “tiepxuc check-deadlines” cho biết còn thiếu bao nhiêu cuộc."
    ),
    "rule.YEAR-MIN-SESSIONS.fix": "Bổ sung hồ sơ hội nghị đã tổ chức nếu còn thiếu; nêu lý do trong báo cáo năm.",
    "rule.YEAR-MIN-SESSIONS.short": "Năm {year} mới tổ chức {held} cuộc, cần ít nhất {needed}",
    "rule.YEAR-MIN-SESSIONS.below_plan": "Năm {year} tổ chức {held} cuộc, ít hơn {planned} cuộc theo kế hoạch",
    "rule.YEAR-THEMATIC.title": "Tổ chức cuộc chuyên đề trong năm",
    "rule.YEAR-THEMATIC.explain": "Khi năm kết thúc, phải có đủ số cuộc chuyên đề tối thiểu.",
    "rule.YEAR-THEMATIC.fix": "Bổ sung hồ sơ cuộc chuyên đề đã tổ chức, hoặc nêu lý do trong báo cáo năm.",
    "rule.YEAR-THEMATIC.short": "Năm {year} tổ chức {held} cuộc chuyên đề, cần ít nhất {needed}",
    "rule.SESSION-MONTHS.title": "Tổ chức vào thời điểm quy định trong năm",
    "rule.SESSION-MONTHS.explain": "Một số hướng dẫn quy định thời điểm tổ chức (ví dụ đầu năm hoặc cuối năm).",
    "rule.SESSION-MONTHS.fix": "Chọn tháng trong khoảng được khuyến nghị.",
    "rule.SESSION-MONTHS.plan": "Kế hoạch dự kiến tổ chức tháng {month}; nên tổ chức vào các tháng {months}",
    "rule.SESSION-MONTHS.session": "Hội nghị tổ chức tháng {month}; nên tổ chức vào các tháng {months}",
    "rule.SESSION-DURATION.title": "Thời lượng từ nửa ngày đến một ngày",
    "rule.SESSION-DURATION.explain": (
        "Thời gian một cuộc tiếp xúc, đối thoại từ 1/2 ngày đến 01 ngày (tính theo giờ bắt đầu "
        "start và giờ kết thúc end)."
    ),
    "rule.SESSION-DURATION.fix": "Kiểm tra giờ bắt đầu, giờ kết thúc; điều chỉnh thời lượng khi lập chương trình.",
    "rule.SESSION-DURATION.out_of_range": "Hội nghị kéo dài {hours} giờ, ngoài khoảng {low}–{high} giờ",
    "rule.AGENDA-ORDER.title": "Chương trình hội nghị đúng trình tự",
    "rule.AGENDA-ORDER.explain": (
        "Trình tự: tuyên bố lý do, giới thiệu đại biểu; chủ trì nêu mục đích, nội dung; nhân dân "
        "phát biểu theo thứ tự đăng ký; cơ quan chuyên môn và chủ trì trả lời; trao đổi thêm; chủ "
        "trì kết luận. Phần phát biểu – trả lời được lặp lại nhiều lượt trước khi kết luận."
    ),
    "rule.AGENDA-ORDER.fix": "Sắp xếp lại các bước trong agenda, bổ sung bước còn thiếu.",
    "rule.AGENDA-ORDER.missing_agenda": "Hội nghị đã diễn ra nhưng chưa ghi chương trình (agenda)",
    "rule.AGENDA-ORDER.out_of_order": "Bước “{step}” đứng sau bước “{after}”, sai trình tự",
    "rule.AGENDA-ORDER.missing_step": "Chương trình thiếu bước “{step}”",
    "rule.REFUSAL-REASON.title": "Từ chối đối thoại phải có lý do được phép",
    "rule.REFUSAL-REASON.explain": (
        "Người chủ trì chỉ được từ chối đối thoại với người không có đủ năng lực hành vi dân sự, "
        "người gây rối trật tự, hoặc tham gia không vì mục đích xây dựng."
    ),
    "rule.REFUSAL-REASON.fix": "Ghi reason là một lý do trong danh sách; ghi chi tiết ở note.",
    "rule.REFUSAL-REASON.missing": "Chưa ghi lý do từ chối; lý do được phép: {allowed}",
    "rule.REFUSAL-REASON.not_allowed": "Lý do từ chối “{reason}” không được phép; lý do được phép: {allowed}",
    "rule.ANSWER-REASON.title": "Trả lời sau, từ chối trả lời có lý do và căn cứ",
    "rule.ANSWER-REASON.explain": (
        "Chủ trì chỉ được từ chối trả lời hoặc trả lời sau những vấn đề đang điều tra, xác minh; "
        "chưa đủ cơ sở trả lời; hoặc không thuộc thẩm quyền — và phải nêu căn cứ."
    ),
    "rule.ANSWER-REASON.fix": "Ghi answer.reason (một lý do được phép) và answer.basis (căn cứ).",
    "rule.ANSWER-REASON.missing_reason": "Kiến nghị {kind} chưa ghi lý do; lý do được phép: {allowed}",
    "rule.ANSWER-REASON.not_allowed": "Lý do “{reason}” không được phép khi {kind}; lý do được phép: {allowed}",
    "rule.ANSWER-REASON.missing_basis": "Kiến nghị {kind} chưa ghi căn cứ (answer.basis)",
    "rule.ANSWER-INCOMPLETE.title": "Trả lời tại hội nghị ghi rõ ai trả lời, trả lời gì",
    "rule.ANSWER-INCOMPLETE.explain": (
        "Ý kiến được trả lời tại hội nghị phải ghi người trả lời (người chủ trì, cơ quan chuyên "
        "môn) và nội dung trả lời, để biên bản ghi đầy đủ, trung thực; hội nghị chưa diễn ra thì "
        "chưa thể có trả lời."
    ),
    "rule.ANSWER-INCOMPLETE.fix": "Ghi answer.by (ai trả lời) và answer.content (nội dung trả lời); nếu hội nghị chưa diễn ra, xóa mục answer.",
    "rule.ANSWER-INCOMPLETE.missing": "Kiến nghị ghi là đã trả lời tại hội nghị nhưng thiếu: {missing}",
    "rule.ANSWER-INCOMPLETE.future": "Hội nghị ngày {date} chưa diễn ra nhưng kiến nghị đã ghi trả lời tại hội nghị",
    "rule.ANSWER-INCOMPLETE.part_by": "người trả lời (answer.by)",
    "rule.ANSWER-INCOMPLETE.part_content": "nội dung trả lời (answer.content)",
    "rule.ANSWER-INCOMPLETE.basis": "Hướng dẫn Bình Thuận, mục II.5 Bước 2: thư ký ghi chép đầy đủ, trung thực ý kiến và trả lời tại hội nghị",
    "rule.FORWARD-RECEIVER.title": "Kiến nghị chuyển đi ghi rõ cơ quan nhận",
    "rule.FORWARD-RECEIVER.explain": (
        "Kiến nghị không thuộc thẩm quyền cấp mình được ghi nhận và kiến nghị cấp trên hoặc cơ "
        "quan có thẩm quyền giải quyết; hồ sơ ghi cơ quan nhận, ngày và văn bản chuyển."
    ),
    "rule.FORWARD-RECEIVER.fix": "Bổ sung forwarded.to (cơ quan nhận), forwarded.date và forwarded.document.",
    "rule.FORWARD-RECEIVER.missing": "Kiến nghị {competence} nhưng chưa ghi cơ quan nhận (forwarded.to)",
    "rule.FORWARD-RECEIVER.basis": "Hướng dẫn Bình Thuận, mục II.5 Bước 2, Lưu ý: kiến nghị cấp trên giải quyết",
    "rule.PETITION-UNHANDLED.title": "Mọi kiến nghị đều được xử lý sau hội nghị",
    "rule.PETITION-UNHANDLED.explain": (
        "Chủ trì kết luận những nội dung đã giải quyết; nội dung chưa giải quyết được giao cho "
        "lĩnh vực chuyên môn giải quyết, trả lời. Không để kiến nghị nào không được trả lời, giao "
        "việc hoặc chuyển đi."
    ),
    "rule.PETITION-UNHANDLED.fix": "Ghi answer; với kiến nghị trả lời sau, ghi assignment.lead (cơ quan chủ trì).",
    "rule.PETITION-UNHANDLED.no_answer": "Hội nghị ngày {date} đã diễn ra nhưng kiến nghị chưa ghi kết quả trả lời (answer)",
    "rule.PETITION-UNHANDLED.no_assignment": "Kiến nghị trả lời sau chưa giao cơ quan chủ trì giải quyết (assignment.lead)",
    "rule.PETITION-UNHANDLED.basis": "{plan}, mục II.4; Hướng dẫn Bình Thuận, mục II.5 Bước 3",
    "rule.DISTRICT-ABOLISHED.title": "Không còn cấp huyện sau cải cách",
    "rule.DISTRICT-ABOLISHED.explain": (
        "Từ 01/7/2025 chính quyền địa phương tổ chức hai cấp (tỉnh, xã); đơn vị cấp huyện không "
        "còn tổ chức tiếp xúc, đối thoại."
    ),
    "rule.DISTRICT-ABOLISHED.fix": "Kiểm tra level trong tiepxuc.yaml; hồ sơ sau cải cách thuộc đơn vị cấp xã hoặc cấp tỉnh.",
    "rule.DISTRICT-ABOLISHED.after": "Đơn vị cấp huyện có hội nghị ngày {date}, sau khi cấp huyện chấm dứt hoạt động ({cutoff})",
    "rule.DATE-ORDER.title": "Các mốc ngày hợp lý",
    "rule.DATE-ORDER.explain": (
        "Giấy mời trước hội nghị; trả lời, chuyển đơn, giải quyết, ý kiến phản hồi sau hội nghị; "
        "phản hồi của người dân chỉ có khi đã có kết quả giải quyết."
    ),
    "rule.DATE-ORDER.fix": "Kiểm tra lại các ngày được báo.",
    "rule.DATE-ORDER.term": "Nhiệm kỳ của {name} kết thúc trước khi bắt đầu",
    "rule.DATE-ORDER.invitation": "Giấy mời ngày {date} sau ngày hội nghị {session}",
    "rule.DATE-ORDER.end_before_start": "Giờ kết thúc không sau giờ bắt đầu",
    "rule.DATE-ORDER.received_after": "Kiến nghị tiếp nhận trước hội nghị nhưng ngày tiếp nhận {date} sau ngày hội nghị {session}",
    "rule.DATE-ORDER.before_session": "Ngày {date} trước ngày hội nghị {session}",
    "rule.DATE-ORDER.feedback_unresolved": "Có ý kiến phản hồi của người dân nhưng chưa có kết quả giải quyết (resolution)",
    "rule.DATE-ORDER.notice_before": "Thông báo kết luận ngày {date} trước ngày hội nghị {session}",
    "rule.DATE-ORDER.minutes_before": "Biên bản ghi ngày {date}, trước ngày hội nghị {session}",
    "rule.DATE-ORDER.report_before_year": "Báo cáo năm {year} ghi ngày {date}, trước khi năm {year} bắt đầu",
    "rule.DATE-FUTURE.title": "Việc đã làm không ghi ngày trong tương lai",
    "rule.DATE-FUTURE.explain": (
        "Ngày phát hành giấy mời, ban hành văn bản, trả lời, giải quyết… là ngày việc đã xảy ra; "
        "không thể là một ngày chưa đến. (So với ngày hôm nay thực tế, không phụ thuộc --as-of.)"
    ),
    "rule.DATE-FUTURE.fix": "Sửa lại đúng ngày đã làm; nếu việc chưa làm, xóa mục đó và ghi khi đã làm (tiepxuc ghi ngày hôm nay).",
    "rule.DATE-FUTURE.future": "Ngày {date} ở {field} là ngày chưa đến (hôm nay {today}): việc đã làm không thể ghi ngày trong tương lai",
    "rule.DATE-FUTURE.basis": "Quy ước hồ sơ tiepxuc: hồ sơ ghi việc đã xảy ra, đúng ngày",
    "rule.NUMBER-DUPLICATE.title": "Mỗi văn bản một số",
    "rule.NUMBER-DUPLICATE.explain": (
        "Văn bản cùng loại của cùng cơ quan không trùng số: văn bản của Đảng đánh số liên tục "
        "trong nhiệm kỳ cấp ủy, văn bản của chính quyền đánh số trong năm. tiepxuc so trong "
        "từng năm (hồ sơ không ghi ngày bắt đầu nhiệm kỳ)."
    ),
    "rule.NUMBER-DUPLICATE.fix": "Kiểm tra sổ văn bản đi, ghi đúng số đã cấp cho văn bản này (hoặc bỏ số để tiepxuc issue cấp số tiếp theo).",
    "rule.NUMBER-DUPLICATE.used": "Số {number} đã dùng cho văn bản “{other}”",
    "rule.NUMBER-DUPLICATE.basis": "Hướng dẫn 36-HD/VPTW (số văn bản của Đảng theo nhiệm kỳ); Nghị định 30/2020/NĐ-CP, Điều 15 (số văn bản theo năm)",
    "rule.DATE-ORDER.basis": "Quy ước hồ sơ tiepxuc",
    "rule.INVITATION-LEAD.title": "Giấy mời, thông báo phát hành đủ sớm",
    "rule.INVITATION-LEAD.explain": (
        "Giấy mời hoặc thông báo công khai về thời gian, địa điểm, nội dung hội nghị phát hành ít "
        "nhất một số ngày (làm việc) trước hội nghị để người dân chuẩn bị và đăng ký phát biểu. "
        "Cách tính chặt: đủ số ngày trọn vẹn ở giữa ngày phát hành và ngày hội nghị; cách tính rộng "
        "(chọn trong bộ quy tắc): ngày phát hành có thể là ngày thứ N trước hội nghị."
    ),
    "rule.INVITATION-LEAD.fix": (
        "Không sửa ngày cho đúng hạn: nếu giấy mời thực sự phát hành muộn, giữ đúng ngày đã phát "
        "hành (đây là vi phạm đã xảy ra, được báo cáo nhưng không chặn việc ghi hồ sơ); nêu lý do "
        "trong báo cáo năm và phát hành sớm hơn ở lần sau (xem “tiepxuc check-deadlines”)."
    ),
    "rule.INVITATION-LEAD.late": "Giấy mời phát hành ngày {date}, sau hạn {due} ({rule})",
    "rule.CONCLUSION-DUE.title": "Thông báo kết luận ban hành đúng hạn",
    "rule.CONCLUSION-DUE.explain": (
        "Chậm nhất một số ngày (làm việc) sau hội nghị, văn phòng thông báo ý kiến kết luận của "
        "người đứng đầu, giao các cơ quan giải quyết kiến nghị; ngày hội nghị không tính."
    ),
    "rule.CONCLUSION-DUE.fix": "Giữ đúng ngày ban hành thực tế (không ghi lùi ngày); nêu lý do chậm trong báo cáo năm.",
    "rule.CONCLUSION-DUE.late": "Thông báo kết luận ban hành ngày {date}, quá hạn {late} so với hạn {due} ({rule})",
    "rule.RESOLUTION-DUE.title": "Kiến nghị được giải quyết đúng hạn",
    "rule.RESOLUTION-DUE.explain": (
        "Chậm nhất một số ngày làm việc sau thông báo kết luận, cơ quan được giao giải quyết kiến "
        "nghị và báo cáo kết quả; văn bản trả lời gia hạn (trước khi quá hạn) kéo dài thời hạn. "
        "Giải quyết muộn là vi phạm đã xảy ra: ghi đúng ngày giải quyết, được báo cáo và tính vào "
        "báo cáo năm."
    ),
    "rule.RESOLUTION-DUE.fix": "Giữ đúng ngày giải quyết thực tế; đôn đốc cơ quan được giao, nêu trong báo cáo năm.",
    "rule.RESOLUTION-DUE.late": "{agency} giải quyết ngày {date}, quá hạn {late} so với hạn {due}",
    "rule.REPORT-DUE.title": "Báo cáo năm ban hành đúng hạn",
    "rule.REPORT-DUE.explain": "Hằng năm báo cáo kết quả tiếp xúc, đối thoại với Ban Thường vụ và cấp trên, gửi MTTQ; ngày hạn theo bộ quy tắc (annual_report_due).",
    "rule.REPORT-DUE.fix": "Giữ đúng ngày ban hành thực tế; lần sau soạn sớm bằng “tiepxuc new-report NĂM”.",
    "rule.REPORT-DUE.late": "Báo cáo năm {year} ban hành ngày {date}, sau hạn {due}",
    "rule.CALENDAR-CONFLICT.title": "Lịch riêng của đơn vị không mâu thuẫn",
    "rule.CALENDAR-CONFLICT.explain": "Một ngày trong calendar.yaml chỉ có thể là ngày nghỉ hoặc ngày làm việc.",
    "rule.CALENDAR-CONFLICT.fix": "Xóa một trong hai mục của ngày đó.",
    "rule.CALENDAR-CONFLICT.both": "Ngày {date} vừa là ngày nghỉ vừa là ngày làm việc",
    "rule.CALENDAR-CONFLICT.basis": "Quy ước hồ sơ tiepxuc",
    "rule.SEAL-BROKEN.title": "Văn bản đã ban hành không bị sửa",
    "rule.SEAL-BROKEN.explain": (
        "Khi ban hành (tiepxuc issue), nội dung hồ sơ được niêm phong bằng dấu vân tay (seal). "
        "Sửa hồ sơ sau đó làm dấu không còn khớp: văn bản đã ban hành chỉ được đính chính, "
        "thay thế bằng một văn bản mới."
    ),
    "rule.SEAL-BROKEN.fix": (
        "Trả hồ sơ về nội dung đã ban hành (git checkout, xem “tiepxuc history”); muốn sửa, tạo "
        "hồ sơ mới có supersedes: <mã hồ sơ cũ> rồi ban hành hồ sơ mới."
    ),
    "rule.SEAL-BROKEN.changed": "Hồ sơ “{id}” đã ban hành nhưng nội dung bị sửa sau khi niêm phong",
    "rule.SEAL-BROKEN.shown": "Hồ sơ này có trong {document} đã ban hành ({where}) nhưng phần văn bản trình bày đã bị sửa sau khi niêm phong",
    "rule.SEAL-BROKEN.deleted": "{document} đã ban hành trình bày hồ sơ “{id}” nhưng hồ sơ đó đã bị xóa",
    "rule.SEAL-BROKEN.added": "Kiến nghị được thêm vào hội nghị sau khi {document} đã ban hành ({where}): văn bản không có kiến nghị này",
    "rule.SEAL-BROKEN.deadline": "{document} ghi hạn giải quyết {shown}, nay theo lịch ngày làm việc tính ra {now}: lịch ngày nghỉ đã thay đổi sau khi ban hành",
    "doc_name.minutes": "Biên bản hội nghị ngày {date}",
    "doc_name.conclusion": "Thông báo kết luận “{id}”",
    "doc_name.plan": "Kế hoạch “{id}”",
    "doc_name.report": "Báo cáo “{id}”",
    "doc_name.number": "(số {number})",
    "rule.SEAL-BROKEN.basis": "Quy ước hồ sơ tiepxuc: văn bản đã ban hành chỉ được đính chính, thay thế bằng văn bản mới",
    "rule.AUDIT-SEAL-CHANGED.title": "Văn bản đã ban hành không bị sửa trong lịch sử",
    "rule.AUDIT-SEAL-CHANGED.explain": (
        "tiepxuc audit đọc lịch sử git của từng hồ sơ: sau lần ghi niêm phong (tiepxuc issue), "
        "không lần ghi nào được sửa nội dung, sửa hay xóa dấu niêm phong — kể cả khi sau đó đã "
        "trả lại như cũ."
    ),
    "rule.AUDIT-SEAL-CHANGED.fix": (
        "Xem “tiepxuc history <mã>” để biết ai sửa, sửa gì; trả hồ sơ về nội dung đã ban hành và "
        "ban hành văn bản mới (supersedes) nếu cần đính chính."
    ),
    "rule.AUDIT-SEAL-CHANGED.basis": "Quy ước hồ sơ tiepxuc: lịch sử git là nhật ký kiểm tra",
    "rule.AUDIT-BACKDATED.title": "Không ghi lùi ngày",
    "rule.AUDIT-BACKDATED.explain": (
        "Một việc ghi là đã làm đúng hạn (giấy mời, thông báo kết luận, giải quyết, chuyển kiến "
        "nghị) nhưng chỉ được đưa vào kho sau khi hạn đã qua: ngày ghi trong hồ sơ có thể đã bị "
        "ghi lùi. Việc có hạn trước khi kho hồ sơ bắt đầu dùng (lần ghi đầu tiên) là nhập hồ sơ "
        "cũ, không bị báo."
    ),
    "rule.AUDIT-BACKDATED.fix": (
        "Đối chiếu với văn bản gốc (sổ văn thư); nếu ngày đúng, ghi rõ lý do nhập muộn trong báo "
        "cáo; nếu sai, sửa lại ngày thực tế."
    ),
    "rule.AUDIT-BACKDATED.basis": "Quy ước hồ sơ tiepxuc: lịch sử git là nhật ký kiểm tra",
    "rule.AUDIT-DELETED.title": "Hồ sơ không bị xóa",
    "rule.AUDIT-DELETED.explain": "Hồ sơ đã có trong kho thì không xóa; hủy, hoãn ghi bằng trường cancelled, thay thế bằng supersedes.",
    "rule.AUDIT-DELETED.fix": "Khôi phục hồ sơ từ lịch sử git (git checkout <lần ghi>^ -- <tệp>) và ghi hủy, thay thế đúng cách.",
    "rule.AUDIT-DELETED.basis": "Quy ước hồ sơ tiepxuc: lịch sử git là nhật ký kiểm tra",
    "audit.seal_rewritten": "Dấu niêm phong bị sửa hoặc xóa trong lần ghi {commit} ({author}, {date})",
    "audit.seal_changed": "Nội dung đã ban hành bị sửa trong lần ghi {commit} ({author}, {date})",
    "audit.shown_changed": "Hồ sơ này có trong {document} đã niêm phong ({file}), nhưng phần văn bản trình bày đã bị sửa ở lần ghi {commit} của {author} ngày {date}",
    "audit.entered_late": "{what}: ghi ngày {done} nhưng lần ghi {commit} của {author} ngày {entered} mới đưa vào kho, sau {days} ngày làm việc — kiểm tra có ghi lùi ngày không",
    "audit.backdated": "{what}: ghi là làm ngày {done} (hạn {due}) nhưng chỉ đưa vào kho ngày {entered} trong lần ghi {commit} ({author})",
    "audit.deleted": "Hồ sơ đã bị xóa trong lần ghi {commit} ({author}, {date})",
    "rule.REF-UNKNOWN.title": "Tham chiếu đến hồ sơ, lĩnh vực, cơ quan có thật",
    "rule.REF-UNKNOWN.explain": (
        "Kiến nghị thuộc một hội nghị có thật; lĩnh vực có trong danh sách fields và cơ quan có "
        "trong danh sách agencies của tiepxuc.yaml; thông báo kết luận nêu các kiến nghị có thật."
    ),
    "rule.REF-UNKNOWN.fix": "Sửa mã theo gợi ý, hoặc bổ sung lĩnh vực, cơ quan vào tiepxuc.yaml.",
    "rule.REF-UNKNOWN.record": "Không có {kind} mã “{id}”. {hint}",
    "rule.REF-UNKNOWN.field": "Lĩnh vực “{field}” không có trong danh sách fields của tiepxuc.yaml. {hint}",
    "rule.REF-UNKNOWN.agency": "Cơ quan “{agency}” không có trong danh sách agencies của tiepxuc.yaml. {hint}",
    "rule.REF-UNKNOWN.basis": "Quy ước hồ sơ tiepxuc",
    "rule.CHAIR-DEPUTY-WITH-HEAD.title": "Cấp phó chỉ chủ trì thay khi người đứng đầu vắng mặt",
    "rule.CHAIR-DEPUTY-WITH-HEAD.explain": (
        "Người đứng đầu cấp ủy, chính quyền chủ trì tiếp xúc, đối thoại; chỉ trong trường hợp đặc "
        "biệt, khi người đứng đầu vắng mặt vì lý do sức khỏe hoặc có nhiệm vụ công tác đột xuất, "
        "mới ủy quyền cho cấp phó chủ trì thay. Một hội nghị vì vậy không thể vừa có người đứng "
        "đầu chủ trì, vừa có cấp phó chủ trì thay chính người đó — kể cả khi người đứng đầu được "
        "ghi với một chức vụ kiêm nhiệm khác (ví dụ Bí thư kiêm Chủ tịch HĐND, theo officials "
        "trong tiepxuc.yaml)."
    ),
    "rule.CHAIR-DEPUTY-WITH-HEAD.fix": (
        "Nếu người đứng đầu có mặt và chủ trì, bỏ cấp phó khỏi chairs (cấp phó dự hội nghị, không "
        "chủ trì thay); nếu người đứng đầu thực sự vắng mặt, bỏ người đó khỏi chairs. Nếu nhân sự "
        "đã thay đổi, cập nhật officials (since/until) trong tiepxuc.yaml."
    ),
    "rule.CHAIR-DEPUTY-WITH-HEAD.same_post": (
        "“{name}” ({position}) được ghi chủ trì thay {head_position}, nhưng {head_position} "
        "“{head}” cũng chủ trì hội nghị này; cấp phó chỉ chủ trì thay khi người đứng đầu vắng mặt"
    ),
    "rule.CHAIR-DEPUTY-WITH-HEAD.holder": (
        "“{name}” ({position}) được ghi chủ trì thay {head_position}, nhưng “{head}”, người giữ "
        "chức {head_position} ngày {date} (ghi trong chairs với chức vụ {listed_as}), cũng chủ trì "
        "hội nghị này; cấp phó chỉ chủ trì thay khi người đứng đầu vắng mặt"
    ),
    "rule.CHAIR-DEPUTY-WITH-HEAD.basis": (
        "Quy chế kèm QĐ 2200-QĐ/TU, mục Đối tượng áp dụng: người chủ trì vắng mặt vì lý do sức "
        "khỏe hoặc có nhiệm vụ công tác đột xuất có thể ủy quyền cho cấp phó chủ trì; Hướng dẫn "
        "Bình Thuận, mục II.1: Phó Bí thư, Phó Chủ tịch UBND khi được ủy quyền"
    ),
    "rule.REPLY-EXTENSION.title": "Văn bản gia hạn nêu đủ nội dung, yêu cầu, thời gian, trách nhiệm giải quyết",
    "rule.REPLY-EXTENSION.explain": (
        "Vụ việc cần thêm thời gian để xác minh, làm rõ, hoặc phải tuân thủ quy định của pháp luật "
        "thì cơ quan có trách nhiệm giải quyết phải có văn bản trả lời cho tổ chức, cá nhân có liên "
        "quan biết về nội dung, yêu cầu, thời gian, trách nhiệm giải quyết. Trong mục replies của "
        "kiến nghị: content (nội dung), requirements (yêu cầu), new_deadline (thời gian), "
        "responsible (trách nhiệm giải quyết)."
    ),
    "rule.REPLY-EXTENSION.fix": (
        "Ghi đủ các phần còn thiếu theo văn bản đã gửi (content, requirements, responsible trong "
        "mục replies; lệnh “tiepxuc petition reply” có --content, --requirements, --responsible). "
        "Nếu văn bản đã gửi thực sự thiếu, không sửa hồ sơ cho đủ: gửi văn bản bổ sung cho người "
        "kiến nghị và ghi thành một mục replies mới."
    ),
    "rule.REPLY-EXTENSION.missing": (
        "Văn bản trả lời ngày {date} gia hạn giải quyết đến {deadline} nhưng thiếu: {missing}"
    ),
    "rule.REPLY-EXTENSION.part_content": "nội dung (content)",
    "rule.REPLY-EXTENSION.part_requirements": "yêu cầu (requirements)",
    "rule.REPLY-EXTENSION.part_responsible": "trách nhiệm giải quyết (responsible)",
    "rule.REPLY-EXTENSION.basis": (
        "Hướng dẫn Bình Thuận, mục II.5 Bước 3: có văn bản trả lời cho tổ chức, cá nhân có liên "
        "quan biết về nội dung, yêu cầu, thời gian, trách nhiệm giải quyết"
    ),
    "rule.SESSION-SECRETARY.title": "Có thư ký ghi biên bản hội nghị",
    "rule.SESSION-SECRETARY.explain": (
        "Khi tiến hành đối thoại, đại diện Văn phòng cấp ủy, chính quyền cử thư ký ghi biên bản; "
        "cán bộ, công chức được phân công làm thư ký ghi chép đầy đủ, trung thực ý kiến của cá "
        "nhân, tổ chức. Hồ sơ hội nghị đã diễn ra ghi họ tên, chức vụ của thư ký (secretary)."
    ),
    "rule.SESSION-SECRETARY.fix": (
        "Ghi secretary (name: họ tên, position: chức vụ) là người đã được cử làm thư ký ghi biên "
        "bản hội nghị."
    ),
    "rule.SESSION-SECRETARY.missing": (
        "Hội nghị ngày {date} đã diễn ra nhưng chưa ghi thư ký ghi biên bản (secretary)"
    ),
    "rule.SESSION-SECRETARY.basis": (
        "Hướng dẫn Bình Thuận, mục II.5 Bước 2: cử thư ký ghi biên bản; cán bộ, công chức được "
        "phân công làm thư ký phải ghi chép đầy đủ, trung thực"
    ),
    "rule.INVITATION-CONTENT.title": "Giấy mời, thông báo nêu đủ thời gian, địa điểm, thành phần, nội dung",
    "rule.INVITATION-CONTENT.explain": (
        "Giấy mời hoặc thông báo rộng rãi trên các phương tiện truyền thông của địa phương nêu thời "
        "gian, địa điểm, thành phần, nội dung, chủ đề đối thoại để công dân nghiên cứu, chuẩn bị "
        "trước ý kiến và đăng ký phát biểu. Khi đã ghi ngày phát hành giấy mời (invitation.date), "
        "hồ sơ hội nghị phải có giờ bắt đầu (start), địa điểm (place), chủ đề (topic) và thành phần "
        "(attendance, hoặc participants của kế hoạch ghi ở plan): giấy mời do “tiepxuc render” "
        "soạn lấy các thông tin này."
    ),
    "rule.INVITATION-CONTENT.fix": (
        "Bổ sung vào hồ sơ hội nghị các phần còn thiếu theo đúng giấy mời, thông báo đã phát hành: "
        "start, place, topic; thành phần ghi ở attendance (tổ chức, số được mời) hoặc ở "
        "participants của kế hoạch năm (plan)."
    ),
    "rule.INVITATION-CONTENT.missing": (
        "Giấy mời, thông báo phát hành ngày {date} nhưng hồ sơ hội nghị chưa ghi: {missing}"
    ),
    "rule.INVITATION-CONTENT.part_time": "thời gian (start)",
    "rule.INVITATION-CONTENT.part_place": "địa điểm (place)",
    "rule.INVITATION-CONTENT.part_participants": "thành phần (attendance, hoặc participants của kế hoạch)",
    "rule.INVITATION-CONTENT.part_topic": "nội dung, chủ đề (topic)",
    "rule.INVITATION-CONTENT.basis": (
        "Hướng dẫn Bình Thuận, mục II.5 Bước 1: giấy mời hoặc thông báo về thời gian, địa điểm, "
        "thành phần, nội dung, chủ đề đối thoại"
    ),
    # ------------------------------------------------------------ command line
    "cli.help": (
        "tiepxuc — hồ sơ tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền "
        "với Nhân dân: kiểm tra theo quy định, tính thời hạn, soạn văn bản."
    ),
    "cli.error": "Lỗi: {message}",
    "cli.interrupted": "Đã dừng theo yêu cầu; không có thay đổi nào dở dang.",
    "cli.internal_error": (
        "Lỗi không mong đợi trong tiepxuc ({kind}); hồ sơ không bị thay đổi. Hãy báo cho người "
        "quản trị, kèm lệnh đã chạy (chạy lại với TIEPXUC_DEBUG=1 để xem chi tiết)."
    ),
    "cli.date_future": "{option} {date} là ngày trong tương lai (hôm nay {today}): việc đã làm không thể ghi ngày sau hôm nay. Ghi khi việc đã xong, hoặc bỏ {option} để lấy ngày hôm nay",
    "cli.date_day_off": "Ngày {date} ({option}) là {weekday}, ngày không làm việc ({reason}).",
    "cli.date_confirm": "Đúng là việc làm vào ngày đó?",
    "cli.date_kept": "Đã ghi đúng ngày đã nhập; nếu nhập nhầm, sửa lại hồ sơ.",
    "cli.date_not_confirmed": "Chưa ghi gì. Chạy lại với {option} là ngày thực tế đã làm (hoặc bỏ {option} để lấy ngày hôm nay)",
    "cli.bad_date": "Ngày “{value}” ở {option} không hợp lệ; viết theo dạng ngày/tháng/năm, ví dụ 12/06/2026 (hoặc năm-tháng-ngày: 2026-06-12)",
    "cli.date_dmy_order": " (ngày viết theo thứ tự ngày/tháng/năm, ví dụ 12/06/2026)",
    "cli.bad_dir": "Không vào được thư mục {path}",
    "cli.missing_option": "Thiếu {option} (khi chạy với --no-input phải ghi đủ)",
    "cli.bad_choice": "Giá trị “{value}” ở {option} không hợp lệ; chọn một trong: {choices}",
    "cli.opt.C": "Chạy như khi đang ở THƯ-MỤC (giống git -C)",
    "cli.opt.verbose": "Khi git báo lỗi, in thêm nguyên văn thông báo của git (tiếng Anh)",
    "cli.opt.allow_detached_head": "Cho phép ghi khi kho không ở trên nhánh nào (detached HEAD); lần ghi sẽ mất khi chuyển nhánh",
    "cli.opt.version": "In phiên bản rồi thoát",
    "cli.opt.as_of": "Tính tại ngày này (ngày/tháng/năm) thay cho hôm nay",
    "cli.opt.no_input": "Không hỏi gì; dùng giá trị từ tham số (cho tập lệnh)",
    "cli.opt.author": "Người thực hiện ghi vào lịch sử git, dạng 'Họ Tên <email>'",
    "cli.validate.help": (
        "Kiểm tra toàn bộ hồ sơ theo mẫu và theo quy định; báo mọi lỗi dạng TỆP:DÒNG:CỘT. "
        "Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không chạy được."
    ),
    "cli.validate.opt_json": "In kết quả dạng JSON (danh sách đối tượng)",
    "cli.validate.summary": "{errors} lỗi, {breaches} vi phạm đã xảy ra, {warnings} cảnh báo trong {files} tệp hồ sơ.",
    "cli.validate.clean": "Hồ sơ hợp lệ: {files} tệp, không có lỗi hay cảnh báo.",
    "cli.rules.help": "Liệt kê các quy tắc: mã, mức, giá trị theo bộ quy tắc đang dùng, căn cứ.",
    "cli.rules.opt_profile": "Xem theo bộ quy tắc này thay cho bộ của kho hồ sơ",
    "cli.rules.opt_profiles": "Liệt kê các bộ quy tắc có sẵn",
    "cli.rules.opt_json": "In dạng JSON",
    "cli.rules.unknown_profile": "Không có bộ quy tắc “{profile}”; các bộ hiện có: {known}",
    "cli.rules.title": "Quy tắc theo bộ “{profile}” — {title}",
    "cli.rules.col_id": "Mã quy tắc",
    "cli.rules.col_severity": "Mức",
    "cli.rules.col_title": "Nội dung",
    "cli.rules.col_value": "Giá trị",
    "cli.rules.col_basis": "Căn cứ",
    "cli.explain.help": "Giải thích một quy tắc: nội dung, giá trị, căn cứ và cách khắc phục.",
    "cli.explain.arg": "Mã quy tắc, ví dụ CHAIR-HEAD",
    "cli.explain.unknown": "Không có quy tắc “{rule}”. {hint} Xem danh sách: tiepxuc rules",
    "cli.explain.severity": "Mức",
    "cli.explain.value": "Giá trị theo bộ quy tắc “{profile}”: {value}",
    "cli.explain.basis": "Căn cứ",
    "cli.explain.fix": "Cách khắc phục",
    "cli.schema.help": (
        "Xuất JSON Schema (draft-07) của các loại hồ sơ để trình soạn thảo kiểm tra và gợi ý; "
        "không ghi LOẠI thì ghi tất cả vào thư mục schemas/ của kho."
    ),
    "cli.schema.arg": "Loại hồ sơ: unit, plan, session, petition, conclusion (in ra màn hình)",
    "cli.schema.opt_output": "Ghi vào thư mục này thay cho schemas/ của kho",
    "cli.schema.unknown": "Không có loại hồ sơ “{kind}”; các loại: {kinds}",
    "cli.schema.done": "Đã ghi {count} tệp JSON Schema vào {folder}",
    "cli.init.help": "Tạo kho hồ sơ cho một đơn vị: tiepxuc.yaml, các thư mục, git và lần ghi đầu tiên.",
    "cli.init.arg": "Thư mục của kho (mặc định: thư mục hiện tại)",
    "cli.init.opt_name": "Tên đơn vị, ví dụ \"Phường Dĩnh Kế\"",
    "cli.init.opt_level": "Cấp: province, district, commune",
    "cli.init.opt_place": "Địa danh ghi trên văn bản",
    "cli.init.opt_province": "Tỉnh, thành phố",
    "cli.init.opt_party_superior": "Cấp ủy cấp trên, ví dụ \"Đảng bộ thành phố Bắc Giang\"",
    "cli.init.opt_profile": "Bộ quy tắc: default, binh-thuan-218, law-2025-commune",
    "cli.init.opt_secretary": "Họ tên Bí thư",
    "cli.init.opt_council_chair": "Họ tên Chủ tịch HĐND",
    "cli.init.opt_committee_chair": "Họ tên Chủ tịch UBND",
    "cli.init.opt_front_chair": "Họ tên Chủ tịch Ủy ban MTTQ",
    "cli.init.opt_since": "Ngày bắt đầu nhiệm kỳ của những người trên",
    "cli.init.exists": "{path} đã là kho hồ sơ tiepxuc (đã có tiepxuc.yaml); không thay đổi gì",
    "cli.init.not_dir": "{path} là một tệp, không phải thư mục",
    "cli.init.ask_name": "Tên đơn vị (ví dụ: Phường Dĩnh Kế)",
    "cli.init.ask_level": "Cấp đơn vị [{choices}]",
    "cli.init.ask_place": "Địa danh ghi trên văn bản",
    "cli.init.ask_profile": "Bộ quy tắc",
    "cli.init.ask_since": "Ngày bắt đầu nhiệm kỳ của những người trên (ngày/tháng/năm, có thể bỏ trống)",
    "cli.init.ask_secretary": "Họ tên Bí thư (có thể bỏ trống)",
    "cli.init.ask_council_chair": "Họ tên Chủ tịch HĐND (có thể bỏ trống)",
    "cli.init.ask_committee_chair": "Họ tên Chủ tịch UBND (có thể bỏ trống)",
    "cli.init.ask_front_chair": "Họ tên Chủ tịch Ủy ban MTTQ (có thể bỏ trống)",
    "cli.init.done": "Đã tạo kho hồ sơ {name} tại {path} (lần ghi {commit}).",
    "cli.init.next": (
        "Tiếp theo: bổ sung người đứng đầu, cấp phó (officials) trong tiepxuc.yaml; "
        "“tiepxuc new-plan {year}” để soạn kế hoạch năm; “tiepxuc new-session” để tạo hội nghị."
    ),
    "cli.new_report.help": "Soạn báo cáo kết quả tiếp xúc, đối thoại năm: tạo hồ sơ reports/bao-cao-NĂM.yaml để văn phòng viết phần đánh giá; số liệu do tiepxuc tính, giữ nguyên khi ban hành (tiepxuc issue).",
    "cli.new_report.short": "Soạn báo cáo năm",
    "cli.new_report.arg": "Năm báo cáo, ví dụ 2026",
    "cli.new_report.done": "Đã soạn {path}: viết các phần đánh giá (chỗ ghi “[cần bổ sung: …]”), xem trước bằng “tiepxuc render report {year}”, rồi ban hành bằng “tiepxuc issue {id}”.",
    "scaffold.report_exists": "Báo cáo năm {year} đã có ({path})",
    "cli.new_plan.help": "Soạn kế hoạch năm theo bộ quy tắc: các cuộc bắt buộc, tháng dự kiến, chủ trì, căn cứ.",
    "cli.new_plan.arg": "Năm kế hoạch, ví dụ 2024",
    "cli.new_plan.bad_year": "Năm {year} không hợp lệ",
    "cli.new_plan.done": "Đã soạn {path}: kế hoạch năm {year} theo bộ quy tắc “{profile}”.",
    "cli.new_plan.session": "  - 01 cuộc {kind}, dự kiến tháng {month}",
    "cli.new_session.help": "Tạo hồ sơ một hội nghị; chủ trì lấy theo loại hội nghị và người đứng đầu đương nhiệm.",
    "cli.new_session.opt_date": "Ngày tổ chức (ngày/tháng/năm)",
    "cli.new_session.opt_kind": "Loại: periodic, thematic, ad_hoc, regular (hoặc định kỳ, chuyên đề…)",
    "cli.new_session.opt_format": "Hình thức: in_person, online",
    "cli.new_session.opt_start": "Giờ bắt đầu, ví dụ 07:30",
    "cli.new_session.opt_end": "Giờ kết thúc, ví dụ 11:30",
    "cli.new_session.opt_place": "Địa điểm",
    "cli.new_session.opt_topic": "Chủ đề",
    "cli.new_session.opt_plan": "Mã kế hoạch năm (mặc định: kế hoạch của năm đó)",
    "cli.new_session.opt_secretary": "Thư ký ghi biên bản",
    "cli.new_session.ask_date": "Ngày tổ chức (ngày/tháng/năm)",
    "cli.new_session.ask_kind": "Loại hội nghị [{choices}]",
    "cli.new_session.ask_format": "Hình thức [{choices}]",
    "cli.new_session.ask_place": "Địa điểm",
    "cli.new_session.ask_topic": "Chủ đề (có thể bỏ trống)",
    "cli.new_session.ask_start": "Giờ bắt đầu",
    "cli.new_session.ask_end": "Giờ kết thúc",
    "cli.init.short": "Tạo kho hồ sơ cho một đơn vị",
    "cli.new_plan.short": "Soạn kế hoạch tiếp xúc, đối thoại năm",
    "cli.new_session.short": "Tạo hồ sơ một hội nghị",
    "cli.validate.short": "Kiểm tra hồ sơ theo mẫu và quy định",
    "cli.rules.short": "Liệt kê các quy tắc và căn cứ",
    "cli.explain.short": "Giải thích một quy tắc",
    "cli.schema.short": "Xuất JSON Schema cho trình soạn thảo",
    "cli.new_session.no_plan": "Không có kế hoạch mã “{plan}”",
    "cli.new_session.done": "Đã tạo {path}",
    "cli.new_session.vacant": (
        "Chú ý: ngày {date} không có ai giữ chức vụ {position} trong tiepxuc.yaml; bổ sung người "
        "chủ trì vào hồ sơ"
    ),
    "scaffold.invalid_draft": "Bản nháp không hợp lệ: {problems}",
    "scaffold.plan_exists": "Đã có kế hoạch năm {year} ({path}); sửa tệp đó thay vì soạn mới",
    "scaffold.unit_invalid": "Tệp {file} còn lỗi; chạy “tiepxuc validate” và sửa trước",
    "scaffold.exists": "Tệp {path} đã có; không ghi đè",
    "git.bad_author": "--author phải viết dạng 'Họ Tên <email>', ví dụ --author 'Nguyễn Thị Thu <thu@donvi.gov.vn>'",
    "git.situation.index_locked": "Git đang bận: một chương trình khác (phần mềm git, trình soạn thảo) đang ghi vào kho ({what}). Đợi chương trình đó xong hoặc đóng nó, rồi chạy lại; hồ sơ chưa bị thay đổi",
    "git.situation.disk_full": "Ổ đĩa đã đầy nên git không ghi được ({what}); hồ sơ được giữ nguyên như trước. Giải phóng dung lượng rồi chạy lại",
    "git.situation.signing_failed": "Git được đặt ký số mọi lần ghi (commit.gpgsign) nhưng không ký được ({what}); hồ sơ được giữ nguyên. Kiểm tra khóa ký (gpg) rồi chạy lại",
    "git.situation.not_git": "Thư mục này không nằm trong một kho git ({what})",
    "git.situation.permission": "Không có quyền ghi vào kho git ({what}); hồ sơ được giữ nguyên. Kiểm tra quyền của thư mục .git hoặc chạy với tài khoản có quyền",
    "git.situation.ref_moved": "Trong lúc ghi, có người khác vừa ghi vào lịch sử git; thay đổi này chưa được ghi và hồ sơ được giữ nguyên. Chạy lại lệnh",
    "git.situation.write_failed": "Git không ghi được dữ liệu ({what}); hồ sơ được giữ nguyên. Kiểm tra ổ đĩa và quyền ghi rồi chạy lại",
    "git.situation.hook_declined": "Một hook của git đã từ chối lần ghi này ({what}); hồ sơ được giữ nguyên",
    "git.situation.unmerged": "Kho git còn tệp xung đột chưa hòa nhập xong ({what}); giải quyết xung đột trước (git status)",
    "git.situation.failed": "Git không thực hiện được bước “{what}”; hồ sơ được giữ nguyên. Chạy lại với --verbose để xem thông báo của git",
    "git.state.merge": "Kho đang hòa nhập (git merge) dở dang. Hoàn tất trước: sửa các tệp xung đột, “git add” rồi “git commit” — hoặc hủy bằng “git merge --abort”; sau đó chạy lại. Chưa ghi gì",
    "git.state.rebase": "Kho đang rebase dở dang. Hoàn tất bằng “git rebase --continue” hoặc hủy bằng “git rebase --abort”, rồi chạy lại (ghi lúc này sẽ mất khi hủy rebase). Chưa ghi gì",
    "git.state.cherry_pick": "Kho đang cherry-pick dở dang. Hoàn tất bằng “git cherry-pick --continue” hoặc hủy bằng “git cherry-pick --abort”, rồi chạy lại. Chưa ghi gì",
    "git.state.revert": "Kho đang revert dở dang. Hoàn tất bằng “git revert --continue” hoặc hủy bằng “git revert --abort”, rồi chạy lại. Chưa ghi gì",
    "git.state.unmerged": "Kho còn tệp xung đột chưa giải quyết (git status liệt kê). Sửa các tệp đó, “git add” rồi “git commit”, sau đó chạy lại. Chưa ghi gì",
    "git.state.detached": "Kho không ở trên nhánh nào (detached HEAD): ghi lúc này sẽ mất khi chuyển nhánh. Chuyển về nhánh làm việc (“git switch main”) rồi chạy lại, hoặc chạy với --allow-detached-head nếu thực sự muốn. Chưa ghi gì",
    "git.state.index_locked": "Git đang bận: một chương trình khác đang dùng kho (có tệp {path}). Đợi hoặc đóng chương trình đó (phần mềm git, trình soạn thảo) rồi chạy lại; nếu không còn chương trình nào chạy, xóa tệp {path}. Chưa ghi gì",
    "git.missing": "Không tìm thấy git; hãy cài git (https://git-scm.com) rồi chạy lại",
    "git.no_identity": (
        "git chưa biết người thực hiện. Chạy: git config --global user.name \"Họ Tên\" và "
        "git config --global user.email \"email@donvi.gov.vn\", hoặc thêm --author 'Họ Tên <email>'"
    ),
    # ------------------------------------------------------------ working-day calendar
    # ------------------------------------------------------------ deadlines
    "status.overdue": "quá hạn",
    "status.due_soon": "sắp đến hạn",
    "status.within": "trong hạn",
    "status.done_late": "hoàn thành quá hạn",
    "status.done_on_time": "hoàn thành đúng hạn",
    "deadline.invitation": "Phát hành giấy mời, thông báo hội nghị ngày {subject}",
    "deadline.conclusion": "Ban hành thông báo kết luận hội nghị ngày {subject}",
    "deadline.forward": "Chuyển kiến nghị đến cơ quan có thẩm quyền: {subject}",
    "deadline.forward_reply": "Theo dõi trả lời của {to}: {subject}",
    "deadline.resolution": "Giải quyết, trả lời kiến nghị: {subject}",
    "deadline.plan": "Ban hành kế hoạch tiếp xúc, đối thoại năm {subject}",
    "deadline.yearly_minimum": (
        "Số cuộc tiếp xúc, đối thoại năm {subject}: đã tổ chức {held}, đã lên lịch {scheduled}, "
        "cần {needed} (gửi giấy mời chậm nhất {call_by} thì còn kịp tổ chức trong năm)"
    ),
    "deadline.yearly_thematic": (
        "Cuộc đối thoại chuyên đề năm {subject}: đã tổ chức {held}, đã lên lịch {scheduled}, "
        "cần {needed} (gửi giấy mời chậm nhất {call_by} thì còn kịp tổ chức trong năm)"
    ),
    "deadline.annual_report": "Báo cáo kết quả tiếp xúc, đối thoại năm {subject}",
    "deadline.rule_after": "{period} sau ngày {start}",
    "deadline.rule_before": "ít nhất {period} trước ngày {start} ({reading})",
    "deadline.forward_basis": "{basis}; chuyển kiến nghị trong thời hạn ban hành thông báo kết luận",
    "deadline.follow_basis": "{basis}; theo dõi, đôn đốc cơ quan nhận kiến nghị",
    "deadline.note_extended": "gia hạn đến {date} bằng văn bản trả lời",
    "deadline.note_late_extension": "văn bản gia hạn ngày {date} ban hành khi đã quá hạn",
    "deadline.note_reopened": "người kiến nghị chưa đồng tình ngày {date}: mở lại",
    "cli.warning": "Cảnh báo: {message}",
    "cli.check.help": (
        "Mọi nghĩa vụ phát sinh từ hồ sơ với hạn và trạng thái: giấy mời, thông báo kết luận, "
        "giải quyết kiến nghị, kiến nghị đã chuyển, số cuộc tối thiểu trong năm, báo cáo năm. "
        "Mã thoát: 0 không có việc quá hạn, 1 có việc quá hạn, 2 không chạy được."
    ),
    "cli.check.short": "Việc đến hạn, quá hạn và ai phải làm",
    "cli.check.opt_as_of": "Tính tại ngày này (ngày/tháng/năm); mặc định là hôm nay theo giờ Việt Nam",
    "cli.check.opt_within": "Số ngày làm việc còn lại để coi là sắp đến hạn",
    "cli.check.opt_agency": "Chỉ xem việc của cơ quan này (tìm theo một phần tên, không cần dấu)",
    "cli.check.opt_json": "In dạng JSON (danh sách đối tượng)",
    "cli.check.opt_exit_zero": "Luôn thoát với mã 0, kể cả khi có việc quá hạn",
    "cli.check.header": "Thời hạn tính đến ngày {date} — bộ quy tắc “{profile}”; sắp đến hạn: còn từ {within} ngày làm việc trở xuống",
    "cli.check.invalid_records": "{count} lỗi trong hồ sơ: các hồ sơ lỗi không được tính; chạy “tiepxuc validate” để xem",
    "cli.check.none": "Không có nghĩa vụ nào.",
    "cli.check.col_due": "Hạn",
    "cli.check.col_days": "Còn / quá",
    "cli.check.col_what": "Việc phải làm",
    "cli.check.col_agency": "Cơ quan",
    "cli.check.col_file": "Hồ sơ",
    "deadline.unit_short_working_days": "ngày làm việc",
    "deadline.unit_short_calendar_days": "ngày",
    "deadline.done_on": "xong {date}",
    "deadline.late_by": "quá {days} {unit}",
    "deadline.left": "còn {days} {unit}",
    "weekday.0": "thứ Hai",
    "weekday.1": "thứ Ba",
    "weekday.2": "thứ Tư",
    "weekday.3": "thứ Năm",
    "weekday.4": "thứ Sáu",
    "weekday.5": "thứ Bảy",
    "weekday.6": "Chủ nhật",
    "cli.deadline.help": (
        "Tính ngày làm việc: +N là ngày làm việc thứ N sau NGÀY, -N là ngày làm việc thứ N trước "
        "NGÀY (ngày NGÀY không tính). Dòng đầu là ngày kết quả; --explain giải thích từng ngày."
    ),
    "cli.deadline.short": "Tính ngày làm việc thứ N sau hoặc trước một ngày",
    "cli.deadline.arg_date": "Ngày bắt đầu (ngày/tháng/năm)",
    "cli.deadline.arg_count": "Số ngày làm việc: +N sau, -N trước",
    "cli.deadline.opt_explain": "Giải thích cách đếm từng ngày",
    "cli.deadline.bad_count": "Số ngày “{value}” không hợp lệ; ghi +N hoặc -N, ví dụ +10 hoặc -3",
    "cli.deadline.too_far": "Số ngày “{value}” quá lớn (tối đa 3650)",
    "cli.deadline.expected_year": "năm {year} chưa có lịch nghỉ lễ chính thức; kết quả theo lịch dự kiến",
    "cli.deadline.explain_after": "Đếm {count} ngày làm việc sau ngày {date} ({weekday}); ngày {date} không tính:",
    "cli.deadline.explain_before": "Đếm {count} ngày làm việc trước ngày {date} ({weekday}); ngày {date} không tính:",
    "cli.deadline.counted": "ngày làm việc thứ {n}",
    "cli.deadline.skipped": "bỏ qua: {name} — {basis}",
    "cli.deadline.result": "Kết quả: {weekday}, ngày {date}",
    "cli.calendar.help": "Các ngày nghỉ lễ, Tết, ngày nghỉ hoán đổi và ngày làm bù của một năm, với tên và văn bản công bố.",
    "cli.calendar.short": "Ngày nghỉ lễ và ngày làm bù của một năm",
    "cli.calendar.arg": "Năm (mặc định: năm nay)",
    "cli.calendar.opt_json": "In dạng JSON",
    "cli.calendar.bad_year": "Năm {year} không hợp lệ",
    "cli.calendar.title": "Lịch làm việc năm {year} của cơ quan nhà nước, tổ chức đảng",
    "cli.calendar.confirmed": "Đã xác nhận theo: {basis}",
    "cli.calendar.expected": "Năm {year} chưa có thông báo chính thức trong tiepxuc: đây là lịch dự kiến theo Bộ luật Lao động; bổ sung thông báo vào calendar.yaml khi có",
    "cli.calendar.days_off": "Ngày nghỉ rơi vào ngày làm việc ({count}):",
    "cli.calendar.working_days": "Ngày làm bù rơi vào thứ Bảy, Chủ nhật ({count}):",
    "cli.calendar.none": "(không có)",
    "cli.export.help": "Xuất hồ sơ sang định dạng khác: lịch hội nghị và các thời hạn (ics), toàn bộ hồ sơ (json), danh sách kiến nghị ra Excel (xlsx).",
    "cli.export.short": "Xuất lịch hội nghị và các thời hạn (ics), hồ sơ (json), kiến nghị ra Excel (xlsx)",
    "cli.export.ics_help": (
        "Xuất các hội nghị và mọi thời hạn thành tệp iCalendar (.ics), có nhắc việc trước hạn "
        "một số ngày làm việc, để xem trong lịch đang dùng (Outlook, Google, điện thoại)."
    ),
    "cli.export.opt_output": "Ghi vào tệp này (mặc định out/tiepxuc.ics; - để in ra màn hình)",
    "cli.export.opt_remind": "Nhắc trước hạn bao nhiêu ngày làm việc",
    "cli.export.done": "Đã ghi {path}",
    "cli.new_session.due_invitation": "Hạn phát hành giấy mời, thông báo: {weekday}, {date} ({rule})",
    "cli.new_session.due_conclusion": "Hạn ban hành thông báo kết luận: {weekday}, {date} ({rule})",
    "render.help": (
        "Soạn văn bản .docx theo thể thức của Đảng (Hướng dẫn 36-HD/VPTW) hoặc của chính quyền "
        "(Nghị định 30/2020/NĐ-CP): plan NĂM, invitation HỘI-NGHỊ, minutes HỘI-NGHỊ, conclusion "
        "THÔNG-BÁO (hoặc hội nghị của nó), report NĂM."
    ),
    "render.short": "Soạn kế hoạch, giấy mời, biên bản, thông báo kết luận, báo cáo (.docx)",
    "render.arg_kind": "Loại văn bản: plan, invitation, minutes, conclusion, report",
    "render.arg_target": "Năm (plan, report), mã hội nghị (invitation, minutes) hoặc mã thông báo (conclusion)",
    "render.opt_output": "Ghi vào tệp này (mặc định: thư mục out/ của kho)",
    "render.opt_public": "Bản công khai: họ tên người dân chỉ còn chữ cái đầu, bỏ số điện thoại, số định danh, số nhà",
    "render.opt_pdf": "Chuyển thêm sang PDF bằng LibreOffice",
    "render.done": "Đã ghi {path}",
    "render.no_libreoffice": (
        "Không tìm thấy LibreOffice (lệnh soffice) để chuyển sang PDF; tệp .docx đã được ghi. "
        "Cài LibreOffice (https://www.libreoffice.org) rồi chạy lại với --pdf; nếu đã cài ở "
        "chỗ khác thường, đặt biến môi trường {variable} là đường dẫn tới soffice"
    ),
    "render.office_variable": "Biến môi trường {variable} chỉ tới “{path}”, nhưng ở đó không có tệp soffice; sửa hoặc bỏ biến này",
    "render.unknown_chart": "không có biểu đồ “{name}” (các biểu đồ: {known})",
    "render.report_issued_units": "Báo cáo {id} đã ban hành với số liệu được giữ nguyên lúc ban hành; không chọn lại đơn vị (--unit) cho văn bản đã ban hành",
    "render.seal_broken": "{id} đã ban hành (niêm phong) nhưng hồ sơ đã bị sửa sau đó: văn bản in ra có thể khác văn bản đã ban hành; xem “tiepxuc validate” (SEAL-BROKEN)",
    "render.pdf_timeout": "LibreOffice chạy quá 3 phút mà chưa xong",
    "render.pdf_not_program": "không chạy được {path} ({reason}); kiểm tra biến môi trường TIEPXUC_SOFFICE",
    "render.pdf_silent": "LibreOffice dừng với mã {code} mà không báo lý do; thử mở tệp .docx bằng LibreOffice để xem",
    "render.pdf_failed": "LibreOffice không chuyển được sang PDF: {detail}",
    "render.no_body": "tiepxuc.yaml chưa khai báo cơ quan ban hành ({body}); bổ sung mục {body}: name, abbreviation",
    "render.no_session": "Không có hội nghị mã “{target}”; các hội nghị: {known}",
    "render.no_plan": "Không có kế hoạch năm “{target}”; soạn bằng “tiepxuc new-plan {target}”",
    "render.no_conclusion": "Không có thông báo kết luận mã “{target}”, hay của hội nghị “{target}”",
    "render.bad_year": "“{target}” không phải một năm, ví dụ 2024",
    "render.unknown_kind": "Không có loại văn bản “{kind}”; các loại: {kinds}",
    "render.template_error": "Mẫu {template} lỗi: {error}",
    "template.limit_range": "range() tạo {count} phần tử, quá giới hạn {limit} phần tử một lần gọi",
    "template.limit_items": "các lần gọi range() đã tạo quá {limit} phần tử trong một lần dựng văn bản (vòng lặp lồng nhau quá lớn)",
    "template.limit_size": "một giá trị tính trong mẫu quá lớn (giới hạn {chars} ký tự một chuỗi, {items} phần tử một danh sách)",
    "template.limit_number": "một số tính trong mẫu quá lớn (giới hạn {limit} chữ số)",
    "template.limit_time": "dựng văn bản quá {limit} giây (giới hạn thời gian một lần dựng), có thể do vòng lặp quá lớn",
    "template.limit_output": "văn bản dựng ra vượt {limit} ký tự (giới hạn một lần dựng)",
    "template.limit_depth": "macro hoặc vòng lặp đệ quy gọi lồng nhau quá sâu",
    "render.invitation_undated": "giấy mời chưa ghi ngày phát hành (invitation.date); hạn phát hành: {due}",
    "render.invitation_late": "giấy mời ngày {date} phát hành sau hạn {due} theo quy định về thời gian thông báo trước",
    "change.nothing": "Không có gì thay đổi: hồ sơ đã ghi đúng như vậy từ trước; không ghi thêm gì",
    "change.index_behind": "Thay đổi đã được ghi trọn vẹn vào lịch sử git (commit {commit}), nhưng một chương trình khác đang giữ chỉ mục của git nên chưa cập nhật được; lệnh tiepxuc tiếp theo sẽ tự hoàn tất (hoặc chạy: git update-index --add --remove -- {paths})",
    "change.interrupted_after_commit": "Đã dừng theo yêu cầu, sau khi thay đổi đã được ghi trọn vẹn (commit {commit})",
    "change.recovered_finished": "Lần trước, thay đổi “{what}” bị ngắt sau khi đã ghi vào lịch sử git (commit {commit}); đã hoàn tất phần còn lại.",
    "change.recovered_undone": "Lần trước, thay đổi “{what}” bị ngắt giữa chừng (mất điện, tắt máy…) khi chưa ghi vào lịch sử git; đã trả các tệp về như trước thay đổi đó.",
    "lock.busy": "Kho hồ sơ đang có người khác ghi: {user} trên máy {host} chạy “{command}” từ {since} (tiến trình {pid}). Đợi lệnh đó xong rồi chạy lại; chưa ghi gì",
    "lock.busy_unknown": "Kho hồ sơ đang có một lệnh khác ghi. Đợi lệnh đó xong rồi chạy lại; chưa ghi gì",
    "change.not_git": "{path} chưa có git: chạy “git init” (hoặc “tiepxuc init”), hoặc thêm --no-commit để chỉ ghi tệp",
    "change.dirty": (
        "Tệp {files} có thay đổi chưa ghi vào git; không sửa để tránh trộn lẫn. Ghi các thay đổi đó "
        "(git commit) hoặc bỏ đi (git checkout -- <tệp>), rồi chạy lại; hoặc thêm --no-commit"
    ),
    "lifecycle.invalid": "Thay đổi làm {path} không còn hợp lệ, nên không ghi: {problems}",
    "lifecycle.recorded_late": "Đã ghi nhận đúng ngày {date}: {what} — hoàn thành quá hạn {late} so với hạn {due}.",
    "lifecycle.issue_future": "Ngày ban hành {date} ghi trong hồ sơ là ngày trong tương lai (hôm nay {today}): văn bản chỉ ban hành khi đã ký; sửa ngày trong hồ sơ hoặc chạy lại khi đã ban hành",
    "issue.gap.placeholder": "trường {field} vẫn là chữ mẫu của bản nháp: ghi nội dung thật",
    "issue.gap.cancelled": "hội nghị đã hủy: không có biên bản để ban hành",
    "issue.gap.not_held": "hội nghị ngày {date} chưa diễn ra: biên bản chỉ ban hành sau hội nghị",
    "issue.gap.no_secretary": "chưa ghi thư ký ghi biên bản (secretary: name, position)",
    "issue.gap.no_attendance": "chưa ghi thành phần tham dự (attendance: tổ chức, số được mời, số có mặt)",
    "issue.gap.no_present": "chưa ghi số người có mặt (attendance: present)",
    "issue.gap.no_start": "chưa ghi giờ bắt đầu (start)",
    "issue.gap.no_end": "chưa ghi giờ kết thúc hội nghị (end)",
    "issue.gap.no_agenda": "chưa ghi diễn biến hội nghị theo trình tự (agenda)",
    "issue.gap.no_conclusion": "chưa ghi kết luận của người chủ trì (conclusion)",
    "issue.gap.unanswered": "kiến nghị {id} chưa ghi trả lời tại hội nghị (tiepxuc petition answer {id})",
    "issue.gap.no_sessions": "kế hoạch chưa có cuộc nào (sessions)",
    "issue.gap.no_signer": "chưa ghi người ký (signer)",
    "issue.gap.notice_before_session": "hội nghị ngày {date} chưa diễn ra: chưa thể ban hành thông báo kết luận",
    "issue.gap.no_items": "thông báo chưa có nội dung kết luận, giao nhiệm vụ (items)",
    "issue.gap.report_future": "năm {year} chưa bắt đầu",
    "issue.gap.no_assessment": "chưa viết phần đánh giá ưu điểm (assessment)",
    "issue.gap.no_limitations": "chưa viết phần hạn chế, nguyên nhân (limitations)",
    "issue.gap.no_directions": "chưa viết phần phương hướng, nhiệm vụ năm sau (directions)",
    "lifecycle.incomplete": "Chưa thể ban hành {id}: còn {count} chỗ thiếu hoặc chưa đúng, nên không ghi gì. Bổ sung vào hồ sơ rồi chạy lại:\n{gaps}",
    "lifecycle.rules_broken": "Thay đổi này sẽ làm phát sinh lỗi mới, nên không ghi gì:\n{problems}",
    "lifecycle.already_there": "(Các lỗi sau đã có từ trước, không do thay đổi này; sửa sau cũng được:\n{problems})",
    "lifecycle.broken": "Hồ sơ {path} đang có lỗi; chạy “tiepxuc validate” và sửa trước",
    "id.empty": "Chưa ghi mã {kind}: hãy ghi mã đầy đủ hoặc phần đầu của mã",
    "id.record": "hồ sơ",
    "lifecycle.ambiguous": "Nhiều {kind} có mã bắt đầu bằng “{target}”: {matches}; ghi đầy đủ mã",
    "lifecycle.not_found": "Không có {kind} mã “{target}”",
    "lifecycle.unknown_field": "Không có lĩnh vực “{field}” trong tiepxuc.yaml; các mã: {fields}",
    "lifecycle.not_forwarded": "Kiến nghị “{id}” chưa được chuyển cơ quan nào (chưa có forwarded)",
    "lifecycle.no_resolution": "Kiến nghị “{id}” chưa có kết quả giải quyết; ghi --result trước khi ghi ý kiến của người dân",
    "lifecycle.nothing_to_record": "Không có gì để ghi: cho biết --result hoặc --feedback",
    "lifecycle.notice_exists": "Hội nghị này đã có thông báo kết luận ({path}); sửa tệp đó",
    "lifecycle.not_issuable": "Không có kế hoạch, thông báo kết luận, báo cáo hay hội nghị (biên bản) mã “{target}”",
    "lifecycle.already_issued": "“{id}” đã ban hành và niêm phong; muốn sửa, tạo văn bản mới có supersedes: {id}",
    # ------------------------------------------------------------ changes, lifecycle commands
    "cli.opt.no_commit": "Chỉ ghi tệp, không ghi vào lịch sử git (tự commit sau)",
    "cli.change.written": "Đã ghi {path}",
    "cli.change.committed": "Đã ghi vào lịch sử git: {commit} {message}",
    "cli.change.waiting": "  Hạn giải quyết được tính từ ngày ban hành thông báo kết luận của hội nghị, chưa có:",
    "cli.change.deadline": "  Thời hạn — {title}: {due} ({status})",
    "cli.init.opt_pre_commit": "Cài móc git kiểm tra hồ sơ (tiepxuc validate) trước mỗi lần ghi, kèm .pre-commit-config.yaml",
    "cli.petition.help": "Ghi nhận những gì xảy ra với một ý kiến, kiến nghị: tiếp nhận, trả lời, văn bản trả lời, kết quả giải quyết. Mỗi lệnh kiểm tra trước khi ghi, ghi vào lịch sử git và in thời hạn.",
    "cli.petition.short": "Tiếp nhận, trả lời, giải quyết kiến nghị",
    "cli.petition.arg_id": "Mã kiến nghị (hoặc phần đầu đủ phân biệt của mã)",
    "cli.petition.add_help": "Tiếp nhận một ý kiến, kiến nghị: gửi trước hội nghị (ví dụ Mặt trận tổng hợp) hoặc nêu tại hội nghị. Tự phát hiện kiến nghị lặp lại (cùng lĩnh vực, cùng nơi, nội dung tương tự) và liên kết.",
    "cli.petition.answer_help": "Ghi việc trả lời tại hội nghị: đã trả lời, trả lời sau (giao cơ quan giải quyết), từ chối trả lời có lý do và căn cứ, hoặc chuyển cấp trên, cơ quan có thẩm quyền.",
    "cli.petition.reply_help": "Ghi văn bản trả lời người kiến nghị, có thể nêu thời hạn giải quyết mới; với --from-body: văn bản trả lời của cơ quan đã nhận kiến nghị chuyển đến.",
    "cli.petition.resolve_help": "Ghi kết quả giải quyết (kết quả, văn bản, ngày) và ý kiến của người kiến nghị: đồng tình, hoặc chưa đồng tình (kiến nghị được mở lại).",
    "cli.petition.add_short": "Tiếp nhận một ý kiến, kiến nghị",
    "cli.petition.answer_short": "Ghi việc trả lời tại hội nghị",
    "cli.petition.reply_short": "Ghi văn bản trả lời, thời hạn mới",
    "cli.petition.resolve_short": "Ghi kết quả giải quyết, ý kiến người dân",
    "cli.petition.opt_session": "Mã hội nghị tiếp nhận, xem xét kiến nghị (hoặc phần đầu đủ phân biệt của mã, ví dụ 2026-06-12)",
    "cli.petition.opt_name": "Họ tên người (hoặc tên tổ chức) nêu kiến nghị",
    "cli.petition.opt_organisation": "Người nêu là một tổ chức (ví dụ Chi hội Cựu chiến binh)",
    "cli.petition.opt_group": "Tổ dân phố, thôn nơi người nêu kiến nghị sinh sống",
    "cli.petition.opt_phone": "Số điện thoại (không đưa vào bản công khai)",
    "cli.petition.opt_id_number": "Số CCCD (không đưa vào bản công khai)",
    "cli.petition.opt_address": "Địa chỉ (không đưa vào bản công khai)",
    "cli.petition.opt_field": "Lĩnh vực: mã hoặc tên theo fields trong tiepxuc.yaml, không cần dấu (giao-thong hoặc \"Giao thông, hạ tầng\")",
    "cli.petition.opt_content": "Nội dung ý kiến, kiến nghị",
    "cli.petition.opt_before": "Tiếp nhận trước hội nghị, hoặc nêu tại hội nghị (mặc định theo ngày hội nghị)",
    "cli.petition.opt_received_date": "Ngày tiếp nhận (ngày/tháng/năm), nếu trước hội nghị",
    "cli.petition.opt_via": "Tiếp nhận qua đâu, ví dụ: Ủy ban MTTQ phường tổng hợp",
    "cli.petition.opt_order": "Thứ tự phát biểu tại hội nghị (mặc định: số tiếp theo trong các kiến nghị của hội nghị; sửa được trong tệp)",
    "cli.petition.order_taken": "Thứ tự phát biểu {order} đã có ở kiến nghị {other} của cùng hội nghị; vẫn ghi nhận, sửa speaking_order trong tệp nếu cần (số tiếp theo còn trống: {free})",
    "cli.petition.opt_kind": "answered (đã trả lời), answer_later (trả lời sau), declined (từ chối trả lời)",
    "cli.petition.opt_by": "Người trả lời tại hội nghị",
    "cli.petition.opt_answer": "Nội dung trả lời",
    "cli.petition.opt_reason": "Lý do trả lời sau, từ chối: under_investigation, insufficient_basis, outside_competence",
    "cli.petition.opt_basis": "Căn cứ của việc trả lời sau, từ chối",
    "cli.petition.opt_lead": "Cơ quan, bộ phận chủ trì giải quyết",
    "cli.petition.opt_coordinating": "Cơ quan, bộ phận phối hợp (có thể ghi nhiều lần)",
    "cli.petition.opt_task": "Nội dung giao giải quyết",
    "cli.petition.opt_forward_to": "Chuyển kiến nghị đến cơ quan này (cấp trên, cơ quan có thẩm quyền)",
    "cli.petition.opt_forward_date": "Ngày chuyển (mặc định hôm nay)",
    "cli.petition.opt_forward_document": "Văn bản chuyển, ví dụ: Công văn số 15/UBND-VP",
    "cli.petition.opt_competence": "Thẩm quyền: own_level, level_above, other_agency",
    "cli.petition.opt_reply_date": "Ngày văn bản trả lời (mặc định hôm nay)",
    "cli.petition.opt_document": "Số, ký hiệu văn bản",
    "cli.petition.opt_reply_content": "Nội dung văn bản trả lời",
    "cli.petition.opt_new_deadline": "Thời hạn giải quyết mới nêu trong văn bản (ngày/tháng/năm)",
    "cli.petition.opt_responsible": "Người, cơ quan chịu trách nhiệm giải quyết",
    "cli.petition.opt_requirements": "Yêu cầu giải quyết nêu trong văn bản (việc cần xác minh, làm rõ; giấy tờ, thủ tục cần bổ sung)",
    "cli.petition.opt_from_body": "Văn bản trả lời của cơ quan đã nhận kiến nghị chuyển đến",
    "cli.petition.opt_result": "Kết quả giải quyết",
    "cli.petition.opt_resolve_date": "Ngày có kết quả (mặc định hôm nay)",
    "cli.petition.opt_feedback": "Ý kiến của người kiến nghị: agree (đồng tình) hoặc disagree (chưa đồng tình, mở lại)",
    "cli.petition.opt_feedback_date": "Ngày ghi nhận ý kiến của người kiến nghị",
    "cli.petition.opt_note": "Ghi chú về ý kiến của người kiến nghị",
    "cli.petition.choices": "Chọn một trong: {choices}",
    "cli.petition.ask_session": "Mã hội nghị (hoặc phần đầu của mã)",
    "cli.petition.ask_name": "Họ tên người nêu kiến nghị (hoặc tên tổ chức)",
    "cli.petition.ask_group": "Tổ dân phố, thôn (có thể bỏ trống)",
    "cli.petition.ask_phone": "Số điện thoại (có thể bỏ trống)",
    "cli.petition.ask_field": "Lĩnh vực (mã hoặc tên, không cần dấu)",
    "cli.petition.ask_content": "Nội dung ý kiến, kiến nghị",
    "cli.petition.ask_kind": "Trả lời tại hội nghị [{choices}]",
    "cli.petition.ask_by": "Người trả lời (có thể bỏ trống)",
    "cli.petition.ask_answer": "Nội dung trả lời (có thể bỏ trống)",
    "cli.petition.ask_reason": "Lý do",
    "cli.petition.ask_basis": "Căn cứ",
    "cli.petition.ask_lead": "Cơ quan chủ trì giải quyết (bỏ trống nếu chưa giao)",
    "cli.petition.ask_forward_to": "Chuyển đến cơ quan nào",
    "cli.petition.ask_reply_date": "Ngày văn bản trả lời (ngày/tháng/năm; bỏ trống: hôm nay)",
    "cli.petition.ask_document": "Số, ký hiệu văn bản (có thể bỏ trống)",
    "cli.petition.ask_reply_content": "Nội dung trả lời (có thể bỏ trống)",
    "cli.petition.ask_requirements": "Yêu cầu giải quyết nêu trong văn bản (những gì còn phải xác minh, làm rõ)",
    "cli.petition.ask_responsible": "Trách nhiệm giải quyết (cơ quan, người chịu trách nhiệm)",
    "cli.petition.ask_new_deadline": "Thời hạn giải quyết mới (ngày/tháng/năm; bỏ trống nếu không có)",
    "cli.petition.ask_result": "Kết quả giải quyết (bỏ trống nếu chỉ ghi ý kiến người dân)",
    "cli.petition.ask_feedback": "Ý kiến của người kiến nghị: agree (đồng tình), disagree (chưa đồng tình); bỏ trống nếu chưa có",
    "cli.petition.added": "Mã kiến nghị: {id}",
    "cli.petition.repeat": "  Kiến nghị lặp lại: cùng vấn đề đã được nêu ở {id} (đã liên kết trong repeats)",
    "cli.conclude.help": "Soạn dự thảo thông báo kết luận của hội nghị từ các kiến nghị còn phải giải quyết, nhóm theo cơ quan chủ trì, kèm hạn ban hành. Xem lại rồi ban hành bằng “tiepxuc issue”.",
    "cli.conclude.short": "Soạn dự thảo thông báo kết luận",
    "cli.conclude.arg": "Mã hội nghị",
    "cli.conclude.done": "Dự thảo thông báo kết luận {id}; hạn ban hành {due}. Xem lại, rồi chạy: tiepxuc issue {id}",
    "cli.issue.help": "Ban hành kế hoạch, biên bản (theo mã hội nghị), thông báo kết luận hoặc báo cáo: ghi số, ngày và niêm phong nội dung. Sau đó mọi sửa đổi bị “tiepxuc validate” báo; đính chính bằng văn bản mới có supersedes.",
    "cli.issue.short": "Ghi số, ngày ban hành và niêm phong văn bản",
    "cli.issue.arg": "Mã kế hoạch, thông báo kết luận, báo cáo, hoặc mã hội nghị (để ban hành biên bản)",
    "cli.issue.opt_number": "Số, ký hiệu (mặc định: số tiếp theo chưa dùng, ví dụ 31-TB/ĐU)",
    "cli.issue.opt_date": "Ngày ban hành (mặc định hôm nay)",
    "cli.issue.minutes": "biên bản hội nghị",
    "cli.invite.help": "Ghi nhận giấy mời (hoặc thông báo công khai) đã phát hành: ngày phát hành (mặc định hôm nay), số (số tiếp theo) và hình thức. Phát hành muộn vẫn được ghi đúng ngày, và được báo là quá hạn.",
    "cli.invite.short": "Ghi nhận giấy mời, thông báo đã phát hành",
    "cli.invite.arg": "Mã hội nghị (có thể ghi phần đầu)",
    "cli.invite.opt_date": "Ngày phát hành (mặc định: hôm nay); không được là ngày trong tương lai",
    "cli.invite.opt_number": "Số, ký hiệu (mặc định: số tiếp theo)",
    "cli.invite.opt_channel": "Hình thức: letter, notice_board, loudspeaker, website, social_media, other (ghi nhiều lần)",
    "cli.invite.done": "Đã ghi nhận giấy mời, thông báo của hội nghị {id}: số {number}, phát hành ngày {date}.",
    "lifecycle.invite_cancelled": "Hội nghị {id} đã hủy: không phát hành giấy mời",
    "lifecycle.invite_after_session": "Hội nghị {id} đã diễn ra ngày {session}, nên giấy mời không thể phát hành ngày {date}. Nếu giấy mời đã phát hành trước hội nghị, ghi đúng ngày đó: tiepxuc invite {id} --date NĂM-THÁNG-NGÀY",
    "lifecycle.invite_done": "Giấy mời của hội nghị {id} đã ghi phát hành ngày {date}; nếu cần sửa, sửa mục invitation trong hồ sơ",
    "cli.issue.full_id": "“{target}” là phần đầu của mã {id}. Ban hành (niêm phong) không làm lại được: ghi đầy đủ mã, ví dụ “tiepxuc issue {id}”",
    "cli.issue.confirm": "Ban hành và niêm phong {id}? Việc này không làm lại được.",
    "cli.issue.not_confirmed": "Chưa ban hành; không ghi gì",
    "cli.issue.done": "Đã ban hành {what} {id}: số {number}, ngày {date}; nội dung đã niêm phong",
    "cli.history.help": "Lịch sử một hồ sơ theo git (kể cả khi đổi tên tệp): lần ghi nào, ai, khi nào, trường nào đổi từ gì thành gì.",
    "cli.history.short": "Lịch sử thay đổi của một hồ sơ",
    "cli.history.arg": "Mã hồ sơ (hoặc đường dẫn tệp)",
    "cli.history.opt_json": "In dạng JSON",
    "cli.history.not_found": "Không có hồ sơ nào có mã, hoặc mã bắt đầu bằng, “{id}” trong kho và trong lịch sử git. Mã hồ sơ được in khi tạo (tiepxuc new-session, tiepxuc petition add) và là tên tệp trong thư mục sessions/, petitions/…; có thể ghi phần đầu của mã, tên tệp hoặc đường dẫn tệp",
    "cli.history.header": "Lịch sử {kind} {id} ({path}): {count} lần ghi",
    "cli.history.step": "{n}. {when} — {author} <{email}> — lần ghi {commit}",
    "cli.history.created": "tạo hồ sơ {path} ({count} giá trị)",
    "cli.history.deleted": "xóa tệp {path}",
    "cli.history.renamed": "đổi tên tệp {old} → {new}",
    "cli.history.added": "thêm {field}: {after}",
    "cli.history.removed": "bỏ {field} (trước là {before})",
    "cli.history.changed": "sửa {field}: {before} → {after}",
    "cli.history.layout_only": "chỉ đổi chú thích hoặc cách trình bày, không đổi nội dung",
    "cli.audit.help": "Đối chiếu hồ sơ với lịch sử git: văn bản đã niêm phong bị sửa, hồ sơ ghi lùi ngày (ghi là làm đúng hạn nhưng đưa vào kho sau hạn), hồ sơ bị xóa.",
    "cli.audit.short": "Kiểm tra hồ sơ với lịch sử git",
    "cli.audit.opt_json": "In dạng JSON (danh sách đối tượng)",
    "cli.audit.summary": "Kiểm tra lịch sử: {errors} lỗi, {warnings} cảnh báo",
    "cli.audit.clean": "Kiểm tra lịch sử: không phát hiện vấn đề",
    "cli.check.note_repeated": "vấn đề đã nêu {count} lần, chưa giải quyết dứt điểm",
    "cli.check.repeated_header": "KIẾN NGHỊ NÊU NHIỀU LẦN, CHƯA GIẢI QUYẾT DỨT ĐIỂM ({count})",
    "cli.check.repeated_item": "Nêu {count} lần — {content} [{field}] — {agency}",
    "cli.check.repeated_nobody": "chưa giao cơ quan giải quyết",
    "rule.ROLLUP-UNIT-MISSING.title": "Đơn vị trực thuộc có kho hồ sơ",
    "rule.ROLLUP-UNIT-MISSING.explain": "Mỗi đơn vị ghi trong mục units của tiepxuc.yaml phải là một thư mục (hoặc git submodule) có tệp tiepxuc.yaml của đơn vị.",
    "rule.ROLLUP-UNIT-MISSING.fix": "Sửa đường dẫn; nếu đơn vị là git submodule, chạy “git submodule update --init”.",
    "rule.ROLLUP-UNIT-MISSING.basis": "Quy ước hồ sơ tiepxuc: theo dõi chung các đơn vị",
    "rule.ROLLUP-UNIT-OUTSIDE.title": "Đơn vị trực thuộc nằm trong kho",
    "rule.ROLLUP-UNIT-OUTSIDE.explain": "Đường dẫn đơn vị tính từ kho này và không được trỏ ra ngoài kho (không dùng “..”, đường dẫn tuyệt đối hay liên kết ra ngoài).",
    "rule.ROLLUP-UNIT-OUTSIDE.fix": "Đưa kho của đơn vị vào trong kho này (thư mục con hoặc git submodule) và sửa đường dẫn.",
    "rule.ROLLUP-UNIT-OUTSIDE.basis": "Quy ước hồ sơ tiepxuc: theo dõi chung các đơn vị",
    "rule.ROLLUP-ORIGIN-UNKNOWN.title": "Kiến nghị chuyển lên trỏ đúng đơn vị và kiến nghị gốc",
    "rule.ROLLUP-ORIGIN-UNKNOWN.explain": "Mục origin của kiến nghị do cấp dưới chuyển lên ghi đường dẫn đơn vị (như trong mục units) và mã kiến nghị tại đơn vị đó.",
    "rule.ROLLUP-ORIGIN-UNKNOWN.fix": "Sửa origin.unit hoặc origin.petition cho đúng đơn vị và mã kiến nghị gốc.",
    "rule.ROLLUP-ORIGIN-UNKNOWN.basis": "Quy ước hồ sơ tiepxuc: theo dõi chung các đơn vị",
    "rule.ROLLUP-ORIGIN-NOT-FORWARDED.title": "Kiến nghị gốc được ghi là chuyển lên cấp trên",
    "rule.ROLLUP-ORIGIN-NOT-FORWARDED.explain": "Kiến nghị gốc ở đơn vị cần ghi competence: level_above (thuộc thẩm quyền cấp trên) để hai cấp theo dõi thống nhất.",
    "rule.ROLLUP-ORIGIN-NOT-FORWARDED.fix": "Ở đơn vị, ghi việc chuyển kiến nghị: tiepxuc petition answer --forward-to …",
    "rule.ROLLUP-ORIGIN-NOT-FORWARDED.basis": "Quy ước hồ sơ tiepxuc: theo dõi chung các đơn vị",
    "rule.ROLLUP-ORIGIN-DUPLICATE.title": "Một kiến nghị chuyển lên chỉ có một hồ sơ ở cấp trên",
    "rule.ROLLUP-ORIGIN-DUPLICATE.explain": "Hai hồ sơ ở cấp trên cùng ghi một kiến nghị gốc thường do nhập trùng.",
    "rule.ROLLUP-ORIGIN-DUPLICATE.fix": "Gộp hai hồ sơ, hoặc sửa origin của hồ sơ nhập nhầm.",
    "rule.ROLLUP-ORIGIN-DUPLICATE.basis": "Quy ước hồ sơ tiepxuc: theo dõi chung các đơn vị",
    "rollup.unit_missing": "Không có thư mục đơn vị “{path}”",
    "rollup.unit_not_repository": "Thư mục “{path}” chưa có tiepxuc.yaml (nếu là git submodule, chạy “git submodule update --init”)",
    "rollup.unit_outside": "Đường dẫn đơn vị “{path}” trỏ ra ngoài kho hồ sơ",
    "rollup.origin_unit_unknown": "Đơn vị “{unit}” không có trong mục units của tiepxuc.yaml",
    "rollup.origin_petition_unknown": "{unit} không có kiến nghị mã “{id}”",
    "rollup.origin_not_forwarded": "Kiến nghị “{id}” của {unit} chưa được ghi là chuyển lên cấp trên (competence: level_above)",
    "rollup.origin_duplicate": "Kiến nghị gốc “{id}” đã có hồ sơ ở cấp trên: “{other}”",
    "rollup.no_such_unit": "Không có đơn vị “{unit}”. Các đơn vị: {units}",
    "petition_state.waiting": "chưa trả lời",
    "petition_state.answered": "đã trả lời tại hội nghị",
    "petition_state.in_progress": "đang giải quyết",
    "petition_state.replied": "đã trả lời bằng văn bản, đang giải quyết",
    "petition_state.resolved": "đã giải quyết",
    "petition_state.reopened": "người dân chưa đồng tình, giải quyết lại",
    "petition_state.declined": "không giải quyết (có lý do)",
    "petition_state.to_forward": "thuộc thẩm quyền nơi khác, chưa chuyển",
    "petition_state.forwarded": "đã chuyển, chờ trả lời",
    "petition_state.reply_received": "đã nhận trả lời của nơi được chuyển",
    "petition_state.not_recorded": "cấp trên chưa có hồ sơ",
    "cli.opt.unit": "Chỉ xem đơn vị này (đường dẫn hoặc tên, không cần dấu); dùng nhiều lần để chọn nhiều đơn vị",
    "cli.check.opt_all": "Liệt kê mọi việc (mặc định ở kho tổng hợp chỉ in bảng tổng hợp và các việc gấp nhất)",
    "cli.check.linked_up": "cấp trên ({unit}): {state}",
    "cli.check.linked_up_id": "cấp trên ({unit}, {id}): {state}",
    "cli.check.linked_down": "đơn vị chuyển lên ({unit}, {id}): {state}",
    "cli.check.summary_title": "TỔNG HỢP THEO ĐƠN VỊ ({units} đơn vị, {rows} việc)",
    "cli.check.col_unit": "Đơn vị",
    "cli.check.col_total": "Tổng",
    "cli.check.total_row": "Cộng",
    "cli.check.urgent_title": "{shown} VIỆC GẤP NHẤT (trong {count} việc quá hạn, sắp đến hạn)",
    "cli.check.more": "Còn {count} việc khác: thêm --all để xem tất cả, --unit để xem một đơn vị, --json để xuất đầy đủ.",
    "cli.check.links_title": "KIẾN NGHỊ ĐƠN VỊ CHUYỂN LÊN CẤP TRÊN ({count})",
    "cli.check.link_item": "{unit} — {id}: {state} → cấp trên: {upper}",
    "cli.validate.unit_line": "  {unit}: {errors} lỗi, {breaches} vi phạm, {warnings} cảnh báo ({files} tệp)",
    "cli.progress": "Đang đọc hồ sơ",
    "cli.report.help": (
        "Số liệu tiếp xúc, đối thoại trong năm — cùng số liệu với báo cáo năm (tiepxuc render "
        "report): hội nghị theo loại và hình thức, người tham dự, ý kiến theo lĩnh vực, trả lời "
        "tại hội nghị, từ chối, kết quả giải quyết (đúng hạn, quá hạn, trong hạn, quá hạn chưa "
        "giải quyết), thời gian giải quyết trung vị, kiến nghị nêu nhiều lần, chuyển cấp trên. "
        "Ở kho tổng hợp: một dòng cho mỗi đơn vị và dòng cộng."
    ),
    "cli.report.short": "Số liệu tiếp xúc, đối thoại trong năm (từng đơn vị và tổng hợp)",
    "cli.report.arg_year": "Năm, ví dụ 2024",
    "cli.report.opt_json": "In dạng JSON: mọi số liệu của từng đơn vị và dòng cộng",
    "cli.report.opt_as_of": "Tính đến ngày này (ngày/tháng/năm); mặc định là ngày 31/12 của năm, hoặc hôm nay nếu năm chưa hết",
    "cli.report.issued_note": "Lưu ý: {unit} đã ban hành báo cáo năm số {number} ngày {date} ({id}); văn bản đó giữ nguyên số liệu lúc ban hành, các số liệu trên tính theo hồ sơ hiện nay.",
    "cli.report.title": "SỐ LIỆU TIẾP XÚC, ĐỐI THOẠI NĂM {year} (tính đến ngày {date})",
    "cli.report.col_figure": "Chỉ tiêu",
    "cli.report.col_value": "Số liệu",
    "cli.report.sessions": "Hội nghị đã tổ chức",
    "cli.report.sessions_value": "{count} (tối thiểu {needed})",
    "cli.report.by_kind": "theo loại",
    "cli.report.by_format": "theo hình thức",
    "cli.report.participants": "Lượt người tham dự",
    "cli.report.petitions": "Ý kiến, kiến nghị",
    "cli.report.field_value": "{total} (trả lời tại hội nghị {answered}; giao giải quyết, chuyển {handled})",
    "cli.report.on_time_share": "{count} ({percent}% số đã giải quyết)",
    "cli.report.answered": "Trả lời ngay tại hội nghị",
    "cli.report.declined": "Người chủ trì từ chối trả lời (có lý do)",
    "cli.report.forwarded": "Thuộc thẩm quyền cấp trên, cơ quan khác",
    "cli.report.assigned": "Kiến nghị giao giải quyết sau hội nghị",
    "cli.report.res_done_on_time": "đã giải quyết đúng hạn",
    "cli.report.res_done_late": "đã giải quyết nhưng quá hạn",
    "cli.report.res_within": "đang giải quyết, còn trong hạn",
    "cli.report.res_overdue": "quá hạn, chưa giải quyết",
    "cli.report.median": "Thời gian giải quyết trung vị",
    "cli.report.median_value": "{days} ngày làm việc",
    "cli.report.repeated": "Vấn đề được nêu nhiều lần",
    "cli.report.notices": "Thông báo kết luận",
    "cli.report.col_sessions": "Hội nghị",
    "cli.report.col_participants": "Người dự",
    "cli.report.col_petitions": "Ý kiến",
    "cli.report.col_answered": "Trả lời tại hội nghị",
    "cli.report.col_declined": "Từ chối",
    "cli.report.col_forwarded": "Cấp trên, nơi khác",
    "cli.report.col_done_on_time": "Giải quyết đúng hạn",
    "cli.report.col_done_late": "Giải quyết quá hạn",
    "cli.report.col_within": "Đang giải quyết",
    "cli.report.col_overdue": "Quá hạn chưa giải quyết",
    "cli.report.col_median": "Trung vị (ngày)",
    "cli.report.col_repeated": "Nêu nhiều lần",
    "cli.report.col_notices": "Thông báo kết luận",
    "cli.report.table_petitions": "Hội nghị và ý kiến, kiến nghị",
    "cli.report.table_resolution": "Kết quả giải quyết kiến nghị được giao sau hội nghị",
    "cli.report.total_row": "Cộng",
    "cli.report.rollup_note": "Trung vị: số ngày làm việc giải quyết một kiến nghị; dòng cộng tính trên mọi kiến nghị đã giải quyết của các đơn vị. Tỷ lệ đúng hạn tính trên số kiến nghị đã giải quyết; tỷ lệ % chỉ ghi khi có từ 5 trường hợp trở lên.",
    "cli.plan.help": "Kế hoạch tiếp xúc, đối thoại năm: tình hình thực hiện (soạn kế hoạch: tiepxuc new-plan).",
    "cli.plan.short": "Kế hoạch năm: đã đủ số cuộc tối thiểu chưa",
    "cli.plan_status.help": (
        "Số cuộc tiếp xúc, đối thoại tối thiểu trong năm (và số cuộc chuyên đề, nếu bộ quy tắc "
        "yêu cầu) của từng đơn vị: cần bao nhiêu, đã tổ chức, đã lên lịch, và tình trạng: đã "
        "đạt, đã lên lịch đủ, có nguy cơ không đạt (còn kịp gửi giấy mời), không đạt. Thoát với "
        "mã 1 khi có đơn vị có nguy cơ hoặc không đạt."
    ),
    "cli.plan_status.short": "Số cuộc tối thiểu trong năm: đạt, đã lên lịch, nguy cơ, không đạt",
    "cli.plan_status.opt_json": "In dạng JSON (từng đơn vị, từng yêu cầu)",
    "cli.plan_status.opt_exit_zero": "Luôn thoát với mã 0, kể cả khi có đơn vị có nguy cơ hoặc không đạt",
    "cli.plan_status.title": "SỐ CUỘC TIẾP XÚC, ĐỐI THOẠI TỐI THIỂU NĂM {year} (tính đến ngày {date})",
    "cli.plan_status.col_kind": "Yêu cầu",
    "cli.plan_status.col_needed": "Tối thiểu",
    "cli.plan_status.col_held": "Đã tổ chức",
    "cli.plan_status.col_scheduled": "Đã lên lịch",
    "cli.plan_status.col_state": "Tình trạng",
    "cli.plan_status.col_note": "Ghi chú",
    "cli.plan_status.kind_yearly_minimum": "Số cuộc trong năm",
    "cli.plan_status.kind_yearly_thematic": "Đối thoại chuyên đề",
    "cli.plan_status.note_at_risk": "còn thiếu {missing} cuộc; gửi giấy mời chậm nhất ngày {date}",
    "cli.plan_status.note_missed": "thiếu {missing} cuộc",
    "cli.plan_status.note_none": "chưa có kế hoạch, hội nghị nào của năm {year}",
    "cli.plan_status.summary": "{units} đơn vị: {met} đã đạt, {scheduled} đã lên lịch đủ, {at_risk} có nguy cơ không đạt, {missed} không đạt",
    "plan_state.met": "đã đạt",
    "plan_state.scheduled": "đã lên lịch đủ",
    "plan_state.at_risk": "có nguy cơ không đạt",
    "plan_state.missed": "không đạt",
    "plan_state.no_records": "chưa có hồ sơ",
    "render.opt_unit": "Báo cáo năm ở kho tổng hợp: chỉ đưa vào đơn vị này (đường dẫn hoặc tên, không cần dấu); dùng nhiều lần để chọn nhiều đơn vị",
    "render.unit_only_report": "--unit chỉ dùng với báo cáo năm (report) ở kho tổng hợp",
    "calendar.package_basis": "Bộ luật Lao động 2019, Điều 111, 112 (lịch dự kiến theo thư viện holidays {version})",
    "calendar.makeup": "Ngày làm bù",
    "calendar.weekend": "Nghỉ hằng tuần",
    "calendar.weekend_basis": "Quyết định số 188/1999/QĐ-TTg về chế độ tuần làm việc 40 giờ",
    "calendar.next_year_unconfirmed": (
        "Lịch nghỉ lễ, Tết năm {year} chưa được xác nhận theo thông báo chính thức; thời hạn "
        "rơi vào năm {year} đang tính theo lịch dự kiến. Khi có thông báo, ghi vào {file} "
        "(confirmed, days_off, working_days)"
    ),
}

from tiepxuc.messages.vi_documents import DOCUMENT_TEXT  # noqa: E402
from tiepxuc.messages.vi_fields import FIELDS  # noqa: E402
from tiepxuc.messages.vi_input import TEXTS as INPUT  # noqa: E402
from tiepxuc.messages.vi_privacy import TEXTS as PRIVACY  # noqa: E402
from tiepxuc.messages.vi_safety import TEXTS as SAFETY  # noqa: E402
from tiepxuc.messages.vi_conversation import TEXTS as CONVERSATION  # noqa: E402
from tiepxuc.messages.vi_web import TEXTS as WEB  # noqa: E402
from tiepxuc.messages.vi_import import TEXTS as IMPORT  # noqa: E402
from tiepxuc.messages.vi_xlsx import TEXTS as XLSX  # noqa: E402
from tiepxuc.messages.vi_publish import TEXTS as PUBLISH  # noqa: E402

MESSAGES.update(FIELDS)
MESSAGES.update(DOCUMENT_TEXT)
for _part in (INPUT, PRIVACY, SAFETY, CONVERSATION, WEB, IMPORT, XLSX, PUBLISH):
    MESSAGES.update(_part)
