use crate::i18n::keys::PwaText;

pub const TEXT: PwaText = PwaText {
    update_ready: "青山的新版本已就緒。更新會以同一網址重新載入本頁。",
    update_now: "立即更新",
    offline_ready: "青山已儲存到本裝置，現在也可以離線使用。",
    dismiss: "關閉",
};
