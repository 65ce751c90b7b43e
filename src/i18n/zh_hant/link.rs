use crate::i18n::keys::LinkText;

pub const TEXT: LinkText = LinkText {
    notice_title: "連結中有部分內容未能使用",
    notice_intro: "已開啟連結中可讀取的部分；以下內容被忽略：",
    dismiss: "知道了",
    unknown_key: "未知的項目",
    bad_value: "無法讀取的值",
    out_of_range: "超出允許範圍的值",
    duplicate: "重複的項目（已使用第一個）",
    newer_version: "連結由較新版本的青山產生，部分內容可能無法讀取",
    bad_version: "連結版本號無法讀取",
    too_long: "連結過長，超出部分未讀取",
    other_factor_set: "連結使用的因子庫版本不同，數字可能有差異",
    migrated: "按新版本格式轉換",
};
