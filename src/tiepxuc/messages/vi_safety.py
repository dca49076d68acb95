"""Vietnamese texts for path and template safety, interrupted commands."""

TEXTS: dict[str, str] = {
    "safety.outside": "Không đọc, ghi “{path}”: đường dẫn dẫn ra ngoài kho hồ sơ {root} (qua “..”, đường dẫn tuyệt đối hoặc liên kết). Sửa tên hoặc bỏ liên kết.",
    "safety.write_failed": "Không ghi được tệp {path} ({reason}). Hồ sơ được giữ nguyên như trước lệnh; kiểm tra dung lượng đĩa, quyền ghi rồi chạy lại.",
}
