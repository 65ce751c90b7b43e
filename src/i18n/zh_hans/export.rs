use crate::i18n::keys::ExportText;

pub const TEXT: ExportText = ExportText {
    title: "导出、导入与打印",
    intro: "JSON 包含情景、所用因子的数值与出处、结果和版本号，可再次导入；CSV 只含结果，可用电子表格打开。",
    json: "下载 JSON",
    csv: "下载 CSV",
    import: "导入 JSON 文件",
    print: "打印报告",
    imported: "已导入",
    unreadable: "无法读取该文件，页面未作任何更改",
    not_json: "该文件不是 JSON，页面未作任何更改",
    not_export: "该文件不是青山导出的文件，页面未作任何更改",
    col_section: "计算器",
    col_key: "代码",
    col_item: "项目",
    col_central: "中值",
    col_low: "低值（所有因子同取低值）",
    col_high: "高值（所有因子同取高值）",
    col_unit: "单位",
    col_method: "计算方法",
    col_p5: "蒙特卡洛 90% 区间：第 5 百分位数",
    col_p95: "蒙特卡洛 90% 区间：第 95 百分位数",
};
