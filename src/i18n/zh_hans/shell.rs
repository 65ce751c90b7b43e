//! 简体中文 (the default language). The page shell.

use crate::i18n::keys::{Common, Nav, Views};

pub const COMMON: Common = Common {
    app_name: "青山",
    tagline: "生态环境部2025年工作成效，换算成可核查、可复用的数字",
    skip_to_content: "跳到主要内容",
    language: "语言",
    privacy: "全部计算在您的浏览器中完成，不向任何服务器发送数据。",
    data_origin:
        "数据来自生态环境部2025年工作成效及所列官方文件；每个数字都标明单位、来源和可信度等级。",
    crashed: "页面遇到内部错误，已停止运行。您的输入保存在链接中，重新加载即可继续。",
    reload: "重新加载",
    lang_unavailable: "未能载入{lang}界面文字（可能已离线），页面仍使用当前语言。",
    lang_loading: "正在载入{lang}……",
    loading_more: "页面其余部分正在加载……",
    rest_unavailable: "部分程序未能加载。请检查网络连接，然后重新加载页面。",
};

pub const NAV: Nav = Nav {
    label: "计算器与资料",
    ule: "超低排放",
    tp: "总磷",
    carbon: "碳足迹",
    figures: "报告数字",
    sources: "数据来源",
};

pub const VIEWS: Views = Views {
    ule_title: "超低排放改造的减排量",
    ule_intro: "钢铁、焦化、水泥产能完成超低排放改造后，每年少排放多少颗粒物、二氧化硫和氮氧化物；以及新能源重卡减少的氮氧化物和二氧化碳。",
    tp_title: "总磷减排量",
    tp_intro: "污水处理厂提标、工业废水、农田和畜禽养殖等工程每年减少进入江河湖泊的总磷，以及它相当于多少藻类和多少达标水体。",
    carbon_title: "碳足迹",
    carbon_intro: "用中国官方发布的电力碳足迹因子、电力二氧化碳排放因子和化石燃料缺省值，计算用电、燃料和工业过程的排放。",
    figures_title: "报告中的数字",
    figures_intro: "生态环境部2025年工作成效中的定量数字，按主题列出，每个都附原文。",
    sources_title: "数据来源与因子库",
    sources_intro: "计算所用的全部因子：数值、单位、范围、可信度等级和出处。",
};
