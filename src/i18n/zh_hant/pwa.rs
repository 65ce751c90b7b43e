use crate::i18n::keys::PwaText;

pub const TEXT: PwaText = PwaText {
    update_ready: "新版本已就緒。",
    update_now: "立即更新",
};
