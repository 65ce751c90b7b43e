use crate::i18n::keys::CompareText;

pub const TEXT: CompareText = CompareText {
    title: "比较情景",
    intro: "把当前情景保留为对照，再修改输入，即可并排比较最多三个情景；对照也保存在链接中。",
    keep: "保留当前情景作为对照",
    full: "最多保留两个对照情景",
    current: "当前",
    variant: "对照",
    open: "切换到此情景",
    remove: "移除",
    difference: "差值",
    table_caption: "各情景结果及与当前情景的差值",
    chart_title: "各情景结果对比",
    nothing: "这些情景没有可比较的结果",
    only_differ: "仅显示有差异的结果",
    none_differ: "这些情景的结果没有差异。取消勾选上面的选项可查看全部结果。",
    chart_unit: "图表显示以下单位的结果",
};
