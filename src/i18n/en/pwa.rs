use crate::i18n::keys::PwaText;

pub const TEXT: PwaText = PwaText {
    update_ready: "A new version is ready.",
    update_now: "Update now",
};
