use crate::i18n::keys::CompareText;

pub const TEXT: CompareText = CompareText {
    title: "比較情境",
    intro: "把目前情境保留為對照，再修改輸入，即可並排比較最多三個情境；對照也儲存在連結中。",
    keep: "保留目前情境作為對照",
    full: "最多保留兩個對照情境",
    current: "目前",
    variant: "對照",
    open: "切換到此情境",
    remove: "移除",
    difference: "差值",
    table_caption: "各情境結果及與目前情境的差值",
    chart_title: "各情境結果對比",
    nothing: "這些情境沒有可比較的結果",
    only_differ: "僅顯示有差異的結果",
    none_differ: "這些情境的結果沒有差異。取消勾選上面的選項可查看全部結果。",
    chart_unit: "圖表顯示以下單位的結果",
};
