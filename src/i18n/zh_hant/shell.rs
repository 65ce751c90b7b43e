//! 繁體中文. The page shell.

use crate::i18n::keys::{Common, Nav, Views};

pub const COMMON: Common = Common {
    app_name: "青山",
    tagline: "生態環境部2025年工作成效，換算成可核查、可重用的數字",
    skip_to_content: "跳到主要內容",
    language: "語言",
    privacy: "全部計算在您的瀏覽器中完成，不向任何伺服器傳送資料。",
    data_origin:
        "資料來自生態環境部2025年工作成效及所列官方文件；每個數字都標明單位、來源和可信度等級。",
    crashed: "頁面遇到內部錯誤，已停止運行。您的輸入儲存在連結中，重新載入即可繼續。",
    reload: "重新載入",
    lang_unavailable: "未能載入{lang}介面文字（可能已離線），頁面仍使用目前語言。",
    lang_loading: "正在載入{lang}……",
    loading_more: "頁面其餘部分正在載入……",
    rest_unavailable: "部分程式未能載入。請檢查網路連線，然後重新載入頁面。",
};

pub const NAV: Nav = Nav {
    label: "計算器與資料",
    ule: "超低排放",
    tp: "總磷",
    carbon: "碳足跡",
    figures: "報告數字",
    sources: "資料來源",
};

pub const VIEWS: Views = Views {
    ule_title: "超低排放改造的減排量",
    ule_intro: "鋼鐵、焦化、水泥產能完成超低排放改造後，每年少排放多少顆粒物、二氧化硫和氮氧化物；以及新能源重卡減少的氮氧化物和二氧化碳。",
    tp_title: "總磷減排量",
    tp_intro: "污水處理廠提標、工業廢水、農田和畜禽養殖等工程每年減少進入江河湖泊的總磷，以及它相當於多少藻類和多少達標水體。",
    carbon_title: "碳足跡",
    carbon_intro: "用中國官方發布的電力碳足跡因子、電力二氧化碳排放因子和化石燃料預設值，計算用電、燃料和工業過程的排放。",
    figures_title: "報告中的數字",
    figures_intro: "生態環境部2025年工作成效中的定量數字，按主題列出，每個都附原文。",
    sources_title: "資料來源與因子庫",
    sources_intro: "計算所用的全部因子：數值、單位、範圍、可信度等級和出處。",
};
