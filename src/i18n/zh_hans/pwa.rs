use crate::i18n::keys::PwaText;

pub const TEXT: PwaText = PwaText {
    update_ready: "青山的新版本已就绪。更新会以同一网址重新载入本页。",
    update_now: "立即更新",
    offline_ready: "青山已保存到本设备，现在也可以离线使用。",
    dismiss: "关闭",
};
