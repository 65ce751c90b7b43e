use crate::i18n::keys::ExportText;

pub const TEXT: ExportText = ExportText {
    title: "匯出、匯入與列印",
    intro: "JSON 包含情境、所用因子的數值與出處、結果和版本號，可再次匯入；CSV 只含結果，可用試算表開啟。",
    json: "下載 JSON",
    csv: "下載 CSV",
    import: "匯入 JSON 檔案",
    print: "列印報告",
    imported: "已匯入",
    unreadable: "無法讀取該檔案，頁面未作任何更改",
    not_json: "該檔案不是 JSON，頁面未作任何更改",
    not_export: "該檔案不是青山匯出的檔案，頁面未作任何更改",
    col_section: "計算器",
    col_key: "代碼",
    col_item: "項目",
    col_central: "中值",
    col_low: "低值（所有因子同取低值）",
    col_high: "高值（所有因子同取高值）",
    col_unit: "單位",
    col_method: "計算方法",
    col_p5: "蒙地卡羅 90% 區間：第 5 百分位數",
    col_p95: "蒙地卡羅 90% 區間：第 95 百分位數",
};
