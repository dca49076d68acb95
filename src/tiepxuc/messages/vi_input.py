"""Vietnamese texts for broken and hostile input (files the loader refuses)."""

TEXTS: dict[str, str] = {
    # ------------------------------------------------------------ files that are not read
    "repo.unreadable_too_large": (
        "Tệp có dung lượng {size_kb} kB, vượt giới hạn {limit_kb} kB của một tệp hồ sơ nên không "
        "được đọc. Một hồ sơ chỉ vài kB: bỏ phần văn bản, ảnh dán nhầm vào tệp; tài liệu kèm theo "
        "để ngoài thư mục hồ sơ"
    ),
    "repo.unreadable_utf16": (
        "Tệp đang ở bảng mã {encoding} (Notepad gọi là “Unicode”), không phải UTF-8. Mở tệp bằng "
        "Notepad, chọn File > Save As (Lưu thành), ở ô Encoding (Mã hóa) chọn UTF-8 rồi lưu đè; "
        "hoặc trong VS Code bấm tên bảng mã ở thanh dưới cùng > Save with Encoding > UTF-8"
    ),
    "repo.unreadable_utf32": (
        "Tệp đang ở bảng mã {encoding}, không phải UTF-8. Mở tệp bằng VS Code, bấm tên bảng mã ở "
        "thanh dưới cùng > Save with Encoding > UTF-8"
    ),
    "repo.unreadable_cp1258": (
        "Tệp có vẻ ở bảng mã Windows-1258 (tiếng Việt, “ANSI” của Windows tiếng Việt), không phải "
        "UTF-8; ký tự đầu tiên không đọc được ở vị trí này. Mở tệp bằng Notepad, chọn File > Save "
        "As, ở ô Encoding chọn UTF-8 rồi lưu đè; hoặc chạy: iconv -f CP1258 -t UTF-8 tệp-cũ.yaml > "
        "tệp-mới.yaml"
    ),
    "repo.unreadable_tcvn3": (
        "Tệp có vẻ gõ bằng bảng mã TCVN3 (ABC, phông chữ .Vn…), không phải Unicode UTF-8; ký tự "
        "đầu tiên không đọc được ở vị trí này. Chuyển mã bằng Unikey Toolkit (Ctrl+Shift+F6, "
        "nguồn TCVN3 (ABC), đích Unicode), rồi lưu tệp với bảng mã UTF-8"
    ),
    "repo.unreadable_latin1": (
        "Tệp có vẻ ở bảng mã Latin-1 / Windows-1252 (hoặc Windows-1258), không phải UTF-8; ký tự "
        "đầu tiên không đọc được ở vị trí này. Mở tệp bằng Notepad, chọn File > Save As, ở ô "
        "Encoding chọn UTF-8 rồi lưu đè, và kiểm tra lại các chữ có dấu"
    ),
    "repo.unreadable_binary": (
        "Tệp không phải văn bản (có thể là tệp Word, PDF, ảnh hay tệp nén bị đặt tên .yaml) nên "
        "không được đọc. Hồ sơ phải là văn bản YAML mã UTF-8; để tài liệu kèm theo ngoài thư mục "
        "hồ sơ"
    ),
    "repo.link_outside": (
        "Tệp là liên kết (symlink) trỏ ra ngoài kho hồ sơ, đến {target}, nên không được đọc. Chép "
        "tệp vào kho thay cho liên kết, hoặc xóa liên kết"
    ),
    "repo.link_outside_folder": (
        "Thư mục là liên kết (symlink) trỏ ra ngoài kho hồ sơ, đến {target}, nên các tệp trong đó "
        "không được đọc. Chép thư mục vào kho thay cho liên kết, hoặc xóa liên kết"
    ),
    "repo.link_broken": (
        "Tệp là liên kết (symlink) trỏ đến {target}, nơi không có tệp nào. Sửa hoặc xóa liên kết"
    ),
    "repo.unreadable_folder": (
        "Không mở được thư mục này (kiểm tra quyền truy cập thư mục) nên các hồ sơ trong đó không "
        "được đọc"
    ),
    # ------------------------------------------------------------ YAML
    "yaml.merge_conflict": (
        "Tệp còn dở dang sau khi git gộp nhánh (merge): hai nơi cùng sửa một chỗ nên git chép cả "
        "hai bản vào tệp, ngăn bằng các dòng đánh dấu xung đột ở dòng {lines}. Mở tệp, ở mỗi chỗ "
        "giữ lại bản đúng (sau “<<<<<<<” là bản của nhánh đang làm, sau “=======” là bản được gộp "
        "vào, sau “|||||||” nếu có là bản gốc), xóa các dòng đánh dấu; rồi chạy “git add” cho tệp "
        "này và “git commit” để hoàn tất việc gộp. Hoặc hủy cả lần gộp bằng “git merge --abort”"
    ),
    "yaml.merge_conflict_marker": (
        "Dòng đánh dấu xung đột “{marker}” git để lại khi gộp nhánh chưa xong (cách sửa: xem dòng "
        "{first}); giữ lại bản đúng rồi xóa dòng này"
    ),
    "yaml.nesting": (
        "Danh sách, bảng lồng nhau quá {limit} cấp từ vị trí này nên tệp không được đọc (hồ sơ chỉ "
        "cần vài cấp). Xóa các dấu ngoặc vuông “[”, ngoặc nhọn “{{” thừa, hoặc thụt lề lại cho đúng"
    ),
    "yaml.control_char": (
        "Có ký tự điều khiển {code} (không nhìn thấy) ở vị trí này; YAML không cho phép ký tự này. "
        "Tệp có thể bị hỏng hoặc được chép từ nguồn khác: xóa rồi gõ lại đoạn văn bản ở vị trí này"
    ),
    "yaml.unclosed_single": (
        "Thiếu dấu nháy đơn đóng (') cho nội dung mở ở dòng {start_line}; trong nháy đơn, dấu ' "
        "của nội dung viết thành ''"
    ),
    "yaml.escape": (
        "Trong ngoặc kép, dấu “\\” bắt đầu một ký tự đặc biệt; viết “\\\\” để có một dấu “\\”, "
        "hoặc đặt nội dung trong nháy đơn '…'"
    ),
    "yaml.anchor_char": (
        "Ký tự “&” hoặc “*” ở đầu giá trị có nghĩa riêng trong YAML (neo, bí danh); nếu đó là nội "
        "dung, hãy đặt cả giá trị trong ngoặc kép"
    ),
    "yaml.reserved_char": (
        "Ký tự “{char}” không được đứng đầu một giá trị YAML; hãy đặt cả giá trị trong ngoặc kép"
    ),
    "yaml.tag": (
        "Dấu “!” ở đầu giá trị là nhãn kiểu của YAML, hồ sơ không dùng; nếu đó là nội dung, hãy "
        "đặt cả giá trị trong ngoặc kép"
    ),
    "yaml.directive": (
        "Dòng bắt đầu bằng “%” là chỉ thị YAML, hồ sơ không dùng; xóa dòng này, hoặc đặt nội dung "
        "trong ngoặc kép"
    ),
    "yaml.block_scalar": (
        "Sau dấu “|” hoặc “>” (đoạn văn nhiều dòng) phải xuống dòng ngay; viết nội dung ở các dòng "
        "dưới, thụt lề thêm"
    ),
    "yaml.duplicate_key_unnamed": (
        "Tên trường này đã có ở dòng {first}; xóa một trong hai dòng (giá trị sau sẽ làm mất giá "
        "trị trước)"
    ),
    # ------------------------------------------------------------ record structure
    "input.flow_comma": (
        "Trong dấu ngoặc nhọn ở “{field}”, dấu phẩy ngăn cách các trường nên phần nội dung sau dấu "
        "phẩy bị hiểu là một trường riêng; nếu nội dung có dấu phẩy, hãy đặt nội dung trong ngoặc "
        "kép"
    ),
    "input.unknown_key_unnamed": (
        "Tên trường ở vị trí này không có trong mẫu hồ sơ (có thể nội dung bị viết thành tên "
        "trường); các trường được dùng: {allowed}"
    ),
    "input.enum_unnamed": (
        "Giá trị ở trường “{field}” không hợp lệ; chọn một trong: {choices}."
    ),
    "input.more_problems": (
        "Còn {count} lỗi khác trong tệp này, từ vị trí này trở đi; sửa các lỗi trên rồi chạy lại "
        "“tiepxuc validate”"
    ),
    "input.unquoted": (
        "Giá trị ở trường “{field}” nên đặt trong ngoặc kép: trình soạn thảo và công cụ YAML khác "
        "sẽ hiểu nhầm là số (mất số 0 ở đầu) hoặc là đúng/sai"
    ),
    # ------------------------------------------------------------ rules
    "rule.FILE-TOO-LARGE.title": "Tệp hồ sơ không quá lớn",
    "rule.FILE-TOO-LARGE.explain": (
        "Một tệp hồ sơ chỉ vài kB. Tệp vượt giới hạn dung lượng (thông báo lỗi cho biết giới hạn) "
        "không được đọc: thường là văn bản dài, ảnh hay một tệp khác bị dán nhầm hoặc đặt tên "
        ".yaml, và đọc nó làm chậm hoặc treo việc kiểm tra cả kho."
    ),
    "rule.FILE-TOO-LARGE.fix": (
        "Bỏ phần dán nhầm; để tài liệu kèm theo ngoài thư mục hồ sơ và chỉ ghi số, ngày văn bản "
        "vào hồ sơ."
    ),
    "rule.FILE-TOO-LARGE.basis": "Quy ước hồ sơ tiepxuc",
    "rule.YAML-NESTING.title": "Không lồng nhau quá sâu",
    "rule.YAML-NESTING.explain": (
        "Hồ sơ chỉ cần vài cấp lồng nhau (danh sách trong bảng, bảng trong danh sách). Tệp lồng "
        "quá giới hạn bị từ chối trước khi phân tích, để một tệp hỏng hay cố ý gây hại không làm "
        "treo hoặc sập chương trình."
    ),
    "rule.YAML-NESTING.fix": (
        "Xóa các dấu ngoặc vuông, ngoặc nhọn thừa; thụt lề lại cho đúng cấp."
    ),
    "rule.YAML-NESTING.basis": "Quy ước hồ sơ tiepxuc",
    "rule.MERGE-CONFLICT.title": "Không còn dấu xung đột do git gộp nhánh dở dang",
    "rule.MERGE-CONFLICT.explain": (
        "Khi hai người, hai nhánh hay hai bản sao kho cùng sửa một chỗ của một tệp, “git merge” "
        "(hoặc “git pull”) không tự gộp được: git chép cả hai bản vào tệp, ngăn bằng các dòng "
        "“<<<<<<<”, “=======”, “>>>>>>>” (và “|||||||” khi dùng kiểu diff3), rồi chờ người sửa. "
        "Tệp như vậy không còn là hồ sơ đọc được; mỗi dòng đánh dấu được báo kèm số dòng."
    ),
    "rule.MERGE-CONFLICT.fix": (
        "Mở tệp; ở mỗi chỗ xung đột giữ lại bản đúng (hoặc ghép nội dung của hai bản), xóa các "
        "dòng đánh dấu; chạy “tiepxuc validate” để kiểm tra, rồi “git add <tệp>” và “git commit” "
        "để hoàn tất việc gộp. Muốn bỏ lần gộp, trở lại như trước khi gộp: “git merge --abort”."
    ),
    "rule.MERGE-CONFLICT.basis": "Quy ước hồ sơ tiepxuc",
    "rule.REF-CYCLE.title": "Tham chiếu giữa các hồ sơ không khép vòng",
    "rule.REF-CYCLE.explain": (
        "“supersedes” ghi hồ sơ cũ mà hồ sơ này thay thế; “repeats” ghi các kiến nghị đã nêu "
        "trước đó. Một hồ sơ không thể thay thế chính nó hay hồ sơ đã thay thế nó, và hai kiến "
        "nghị không thể cùng được nêu trước nhau."
    ),
    "rule.REF-CYCLE.fix": (
        "Sửa mã ở supersedes hoặc repeats cho đúng hồ sơ cũ hơn; xóa tham chiếu đến chính hồ sơ."
    ),
    "rule.REF-CYCLE.basis": "Quy ước hồ sơ tiepxuc",
    "rule.REF-CYCLE.self_supersedes": (
        "Hồ sơ “{id}” ghi supersedes là chính nó; supersedes phải là mã của hồ sơ cũ được thay thế"
    ),
    "rule.REF-CYCLE.supersedes": (
        "Chuỗi thay thế (supersedes) khép vòng: {cycle}; mỗi hồ sơ chỉ thay thế một hồ sơ cũ hơn"
    ),
    "rule.REF-CYCLE.self_repeats": (
        "Kiến nghị “{id}” ghi repeats là chính nó; repeats chỉ ghi các kiến nghị đã nêu trước đó"
    ),
    "rule.REF-CYCLE.repeats": (
        "Các kiến nghị lặp lại (repeats) khép vòng: {cycle}; mỗi kiến nghị chỉ ghi các kiến nghị "
        "đã nêu trước nó"
    ),
}
