use crate::i18n::keys::LinkText;

pub const TEXT: LinkText = LinkText {
    notice_title: "链接中有部分内容未能使用",
    notice_intro: "已打开链接中可读取的部分；以下内容被忽略：",
    dismiss: "知道了",
    unknown_key: "未知的项目",
    bad_value: "无法读取的值",
    out_of_range: "超出允许范围的值",
    duplicate: "重复的项目（已使用第一个）",
    newer_version: "链接由更新版本的青山生成，部分内容可能无法读取",
    bad_version: "链接版本号无法读取",
    too_long: "链接过长，超出部分未读取",
    other_factor_set: "链接使用的因子库版本不同，数字可能有差异",
    migrated: "按新版本格式转换",
};
