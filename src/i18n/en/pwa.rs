use crate::i18n::keys::PwaText;

pub const TEXT: PwaText = PwaText {
    update_ready:
        "A new version of Qingshan is ready. Updating reloads the page at the same address.",
    update_now: "Update now",
    offline_ready: "Qingshan is saved on this device: it now works offline too.",
    dismiss: "Close",
};
