//! The figures' data: the quoted sentences, the caveats, and the table itself.
//!
//! The Simplified and Traditional sentences are copied verbatim from the seed files (the tests
//! check it); keep them byte for byte, ASCII commas included.

use super::{preset, Figure, FigureTheme, FigureUnit, Qualifier, Span};
use crate::t;
use crate::text::Text;

// ---- The report's sentences

const S_ULE: Text = t!(
    "高质量推进重点行业深度治理,全年新增完成3亿吨粗钢产能、2.7亿吨焦化产能、4.7亿吨水泥熟料产能全流程超低排放改造。",
    "高質量推進重點行業深度治理,全年新增完成3億噸粗鋼產能、2.7億噸焦化產能、4.7億噸水泥熟料產能全流程超低排放改造。",
    "Deep pollution control in key industries was advanced to a high standard: in the year, full-process ultra-low-emission retrofits were newly completed for 300 million tonnes of crude-steel capacity, 270 million tonnes of coking capacity and 470 million tonnes of cement-clinker capacity.",
);

const S_TRUCKS: Text = t!(
    "全年新能源重卡销量达到19.7万辆、同比增长172%。",
    "全年新能源重卡銷量達到19.7萬輛、同比增長172%。",
    "Sales of new-energy heavy trucks reached 197,000 in the year, up 172% year on year.",
);

const S_AIR_SUPERVISION: Text = t!(
    "持续开展重点区域空气质量改善“线上+线下”监督帮扶,共发现并解决问题5.5万个,其中查处偷排、弄虚作假、设施不正常运行等突出问题5900余个,向地方推送问题线索查实率达到80%。",
    "持續開展重點區域空氣質量改善“線上+線下”監督幫扶,共發現并解決問題5.5萬個,其中查處偷排、弄虛作假、設施不正常運行等突出問題5900余個,向地方推送問題線索查實率達到80%。",
    "“Online + offline” supervision and assistance for air-quality improvement in key regions continued: 55,000 problems were found and solved in all, among them more than 5,900 serious ones (covert discharges, falsification, abnormal operation of facilities and the like) that were investigated and punished, and 80% of the problem leads passed to local authorities were verified.",
);

const S_AIR_VEHICLES: Text = t!(
    "联合出台进一步强化机动车环境监管的意见,开展机动车排放领域第三方机构专项整治行动,发现弄虚作假机构比例为6.2%、同比下降47个百分点,重型车违法超标比例为2%、同比下降60个百分点。",
    "聯合出臺進一步強化機動車環境監管的意見,開展機動車排放領域第三方機構專項整治行動,發現弄虛作假機構比例為6.2%、同比下降47個百分點,重型車違法超標比例為2%、同比下降60個百分點。",
    "Opinions on further strengthening the environmental supervision of motor vehicles were issued jointly, and a special campaign on third-party institutions in the vehicle-emissions field was carried out: the share of institutions found falsifying results was 6.2%, down 47 percentage points year on year, and the share of heavy-duty vehicles illegally exceeding limits was 2%, down 60 percentage points year on year.",
);

const S_AIR_ODS: Text = t!(
    "印发实施消耗臭氧层物质(ODS)履约国家方案,完成淘汰67.5%基线值的阶段性履约目标。",
    "印發實施消耗臭氧層物質(ODS)履約國家方案,完成淘汰67.5%基線值的階段性履約目標。",
    "The national plan for compliance with the obligations on ozone-depleting substances (ODS) was issued and implemented, and the interim compliance target of phasing out 67.5% of the baseline was met.",
);

const S_AIR_NOISE: Text = t!(
    "首次完成所有地级及以上城市噪声污染防治责任分工,推动解决近2000个突出噪声问题。",
    "首次完成所有地級及以上城市噪聲污染防治責任分工,推動解決近2000個突出噪聲問題。",
    "For the first time, responsibilities for noise-pollution prevention and control were divided up in every city at prefecture level and above, and nearly 2,000 prominent noise problems were resolved.",
);

const S_WATER_OUTFALLS: Text = t!(
    "强化入河入海排污口分类整治,发布监督管理办法和14项技术指南,全年完成整治入河排污口10万余个、入海排污口1100余个。",
    "強化入河入海排污口分類整治,發布監督管理辦法和14項技術指南,全年完成整治入河排污口10萬余個、入海排污口1100余個。",
    "The classified rectification of outfalls into rivers and the sea was strengthened: supervision and management measures and 14 technical guides were issued, and in the year more than 100,000 river outfalls and more than 1,100 sea outfalls were rectified.",
);

const S_WATER_PARKS: Text = t!(
    "推动长江经济带、沿黄河省(区)工业园区累计解决4000余个污水管网不完善、设施运行不正常等问题。",
    "推動長江經濟帶、沿黃河省(區)工業園區累計解決4000余個污水管網不完善、設施運行不正常等問題。",
    "In industrial parks of the Yangtze River Economic Belt and of the provinces (regions) along the Yellow River, more than 4,000 problems such as incomplete sewer networks and abnormally operating facilities have been solved in total.",
);

const S_WATER_TP: Text = t!(
    "完成长江流域总磷减排工程2400余项,实现总磷减排1.17万吨。",
    "完成長江流域總磷減排工程2400余項,實現總磷減排1.17萬噸。",
    "More than 2,400 total-phosphorus reduction projects were completed in the Yangtze River basin, cutting total phosphorus by 11,700 tonnes.",
);

const S_WATER_DRINKING: Text = t!(
    "县级及以上城市集中式饮用水水源地水质达标率为96.7%,基本完成乡镇级水源保护区划定和定界立标。",
    "縣級及以上城市集中式飲用水水源地水質達標率為96.7%,基本完成鄉鎮級水源保護區劃定和定界立標。",
    "The water-quality compliance rate of centralised drinking-water sources in cities at county level and above was 96.7%, and the delineation, boundary-setting and sign-posting of township-level source-protection zones was essentially completed.",
);

const S_WATER_COASTAL_TN: Text = t!(
    "41个沿海城市国控河流入海断面总氮平均浓度较2020年下降18.6%,持续开展海洋垃圾清理行动,做好海洋污染基线调查成果集成。",
    "41個沿海城市國控河流入海斷面總氮平均濃度較2020年下降18.6%,持續開展海洋垃圾清理行動,做好海洋污染基線調查成果集成。",
    "The average total-nitrogen concentration at the state-controlled sections where rivers enter the sea in 41 coastal cities fell by 18.6% compared with 2020; marine-litter clean-up campaigns continued, and the results of the marine-pollution baseline survey were consolidated.",
);

const S_WATER_RURAL: Text = t!(
    "巩固和强化农村黑臭水体监管,“十四五”推动建设农村生活污水处理设施3.9万余个、资源化利用设施5100多万户。",
    "鞏固和強化農村黑臭水體監管,“十四五”推動建設農村生活污水處理設施3.9萬余個、資源化利用設施5100多萬戶。",
    "Supervision of black and malodorous water bodies in rural areas was consolidated and strengthened; during the 14th Five-Year Plan, the building of more than 39,000 rural domestic-sewage treatment facilities and of resource-use facilities for more than 51 million households was driven forward.",
);

const S_SOIL_SOURCE: Text = t!(
    "累计实施124个土壤污染源头管控重大工程项目。",
    "累計實施124個土壤污染源頭管控重大工程項目。",
    "A cumulative 124 major engineering projects for the control of soil-pollution sources have been implemented.",
);

const S_SOIL_LIST: Text = t!(
    "严格落实建设用地土壤污染风险管控和修复名录制度,累计纳入名录地块2634个,管控和修复面积达91.24平方公里。",
    "嚴格落實建設用地土壤污染風險管控和修復名錄制度,累計納入名錄地塊2634個,管控和修復面積達91.24平方公里。",
    "The list system for risk control and remediation of soil pollution on land for construction was strictly enforced: 2,634 plots have been entered on the list in total, and the area under risk control or remediated reached 91.24 square kilometres.",
);

const S_SOIL_FUNDED: Text = t!(
    "确定第一批长江沿线1公里化工腾退地块清单,推动“两重”资金支持13个项目、30个地块开展修复治理。",
    "確定第一批長江沿線1公里化工騰退地塊清單,推動“兩重”資金支持13個項目、30個地塊開展修復治理。",
    "The first list of vacated chemical-industry plots within 1 km of the Yangtze was drawn up, and “Two Priorities” (两重) funding was directed to support remediation at 13 projects and 30 plots.",
);

const S_SOIL_GROUNDWATER: Text = t!(
    "完成地下水污染防治重点区划定,深入推进399个化工园区地下水污染专项整治,地下水水质保持稳定。",
    "完成地下水污染防治重點區劃定,深入推進399個化工園區地下水污染專項整治,地下水水質保持穩定。",
    "Priority zones for groundwater-pollution prevention and control were delineated, special groundwater-pollution remediation was pushed forward at 399 chemical industrial parks, and groundwater quality remained stable.",
);

const S_SW_STOCKPILE: Text = t!(
    "完成典型大宗工业固体废物堆存场所排查,初步查明堆存量约330亿吨。",
    "完成典型大宗工業固體廢物堆存場所排查,初步查明堆存量約330億噸。",
    "A survey of stockpiling sites of typical bulk industrial solid waste was completed, establishing, as a first estimate, that about 33 billion tonnes are stockpiled.",
);

const S_SW_DUMPING: Text = t!(
    "组织实施非法倾倒处置固体废物专项整治,共排查11.3万个点位,发现14037个问题,推动治理各类固体废物2058万吨。",
    "組織實施非法傾倒處置固體廢物專項整治,共排查11.3萬個點位,發現14037個問題,推動治理各類固體廢物2058萬噸。",
    "A special campaign against the illegal dumping and disposal of solid waste was carried out: 113,000 sites were checked, 14,037 problems found, and 20.58 million tonnes of solid waste of all kinds dealt with.",
);

const S_SW_APPLIANCES: Text = t!(
    "全国共规范拆解处理废电器1.05亿台(套)。",
    "全國共規范拆解處理廢電器1.05億臺(套)。",
    "Nationwide, 105 million waste electrical and electronic appliances (units or sets) were dismantled and treated to standard.",
);

const S_SW_TAILINGS: Text = t!(
    "完成长江经济带1800余座、黄河流域近400座尾矿库污染治理。",
    "完成長江經濟帶1800余座、黃河流域近400座尾礦庫污染治理。",
    "Pollution control was completed at more than 1,800 tailings ponds in the Yangtze River Economic Belt and nearly 400 in the Yellow River basin.",
);

const S_SW_HAZARDOUS: Text = t!(
    "全国危险废物全过程环境管理信息系统上线运行,12个试点省份实现“一码贯通”信息化管理。",
    "全國危險廢物全過程環境管理信息系統上線運行,12個試點省份實現“一碼貫通”信息化管理。",
    "The national information system for the whole-process environmental management of hazardous waste went live, and 12 pilot provinces achieved “one code throughout” digital management.",
);

const S_FYP: Text = t!(
    "“十四五”期间,累计推动淘汰步进式烧结机产能1.2亿余吨、4.3米及以下焦炉产能6826万吨、燃煤锅炉约3万台,实现重点区域平原地区散煤基本清零,淘汰高排放老旧车辆近3000万辆。",
    "“十四五”期間,累計推動淘汰步進式燒結機產能1.2億余噸、4.3米及以下焦爐產能6826萬噸、燃煤鍋爐約3萬臺,實現重點區域平原地區散煤基本清零,淘汰高排放老舊車輛近3000萬輛。",
    "During the 14th Five-Year Plan, the elimination of more than 120 million tonnes of stepping-type sintering-machine capacity, 68.26 million tonnes of capacity of coke ovens 4.3 m high or less and about 30,000 coal-fired boilers was driven forward, loose coal burning in the plains of key regions was essentially eliminated, and nearly 30 million old, high-emission vehicles were retired.",
);

const S_GREEN_MINISTRY_EIA: Text = t!(
    "强化重大项目环评服务保障,部本级审批145个重大项目环评文件;",
    "強化重大項目環評服務保障,部本級審批145個重大項目環評文件;",
    "Environmental-impact-assessment (EIA) services for major projects were strengthened, and the Ministry itself approved the EIA documents of 145 major projects.",
);

const S_GREEN_NATIONAL_EIA: Text = t!(
    "全国共完成11.9万个建设项目环评文件审批,涉及总投资18.6万亿元。",
    "全國共完成11.9萬個建設項目環評文件審批,涉及總投資18.6萬億元。",
    "Nationwide, the EIA documents of 119,000 construction projects were approved, with a total investment of 18.6 trillion yuan.",
);

const S_GOV_COMPLAINTS: Text = t!(
    "截至目前,共受理转办群众信访举报35.9万件,已办结或阶段办结约35.6万件。",
    "截至目前,共受理轉辦群眾信訪舉報35.9萬件,已辦結或階段辦結約35.6萬件。",
    "To date, 359,000 public complaints and reports have been received and referred, and about 356,000 of them have been closed, in full or for the current stage.",
);

const S_GOV_RECTIFICATION: Text = t!(
    "推动做好督察整改“后半篇文章”,第一轮督察及“回头看”整改任务已基本完成,第二轮督察整改完成率达到90%。",
    "推動做好督察整改“后半篇文章”,第一輪督察及“回頭看”整改任務已基本完成,第二輪督察整改完成率達到90%。",
    "The follow-up to inspection rectification (the “second half of the essay”) was pursued: the rectification tasks of the first round of inspections and of its “look-back” are essentially complete, and the rectification completion rate of the second round reached 90%.",
);

const S_GOV_REFORM: Text = t!(
    "研究编制美丽中国建设成效考核办法,联合印发生态环境领域科技创新、生态环境损害赔偿等改革文件,开展地下水环境和海洋生态环境分区管控试点,建立33个跨省流域横向生态保护补偿机制,推动全国近9万家企业依法披露环境信息。",
    "研究編制美麗中國建設成效考核辦法,聯合印發生態環境領域科技創新、生態環境損害賠償等改革文件,開展地下水環境和海洋生態環境分區管控試點,建立33個跨省流域橫向生態保護補償機制,推動全國近9萬家企業依法披露環境信息。",
    "Measures for assessing the results of building a Beautiful China were drafted; reform documents on science and technology innovation in the ecological-environment field, on compensation for ecological-environmental damage and on other matters were issued jointly; pilots of zoning-based control of the groundwater environment and of the marine ecological environment were launched; 33 horizontal ecological-protection compensation mechanisms for cross-provincial river basins were established; and nearly 90,000 enterprises nationwide were brought to disclose environmental information as the law requires.",
);

const S_CARBON_NDC: Text = t!(
    "牵头编制2035年国家自主贡献,首次提出覆盖全经济范围、包括所有温室气体的绝对量减排目标,并按程序提交公约秘书处,有力支撑党中央、国务院重大决策。",
    "牽頭編制2035年國家自主貢獻,首次提出覆蓋全經濟范圍、包括所有溫室氣體的絕對量減排目標,并按程序提交公約秘書處,有力支撐黨中央、國務院重大決策。",
    "The Ministry led the preparation of China's 2035 Nationally Determined Contribution, which for the first time sets an absolute emission-reduction target covering the whole economy and all greenhouse gases, and submitted it by the proper procedure to the secretariat of the Convention, firmly supporting major decisions of the Party Central Committee and the State Council.",
);

const S_CARBON_ETS: Text = t!(
    "经国务院批准,新增将钢铁、水泥、铝冶炼行业纳入全国碳排放权交易市场。",
    "經國務院批準,新增將鋼鐵、水泥、鋁冶煉行業納入全國碳排放權交易市場。",
    "With the approval of the State Council, the steel, cement and aluminium-smelting sectors were newly brought into the national carbon emission trading market.",
);

const S_CARBON_PCF: Text = t!(
    "建立产品碳足迹管理体系,出台13项产品碳足迹核算国家标准,发布2023年和2024年电力碳足迹因子数据。",
    "建立產品碳足跡管理體系,出臺13項產品碳足跡核算國家標準,發布2023年和2024年電力碳足跡因子數據。",
    "A product carbon-footprint management system was established: 13 national standards for product carbon-footprint accounting were issued, and electricity carbon-footprint factor data for 2023 and 2024 were published.",
);

// ---- Caveats

const NOTE_CAPACITY: Text = t!(
    "此为产能而非产量：减排量还取决于产能利用率，报告未给出。",
    "此為產能而非產量：減排量還取決於產能利用率，報告未給出。",
    "Capacity, not output: the emissions avoided also depend on how much of it runs (the utilisation rate), which the report does not give.",
);

const NOTE_TRUCKS: Text = t!(
    "按19.7万辆、同比增长172%推算，2024年销量约为7.2万辆，而行业来源报告2024年新能源重卡销量超过8.2万辆。两者可能统计口径不同（销量、上牌量或交强险数据）。增长率为报告本身的数据；使用该数据的计算应说明所采用的口径。",
    "按19.7萬輛、同比增長172%推算，2024年銷量約為7.2萬輛，而行業來源報告2024年新能源重卡銷量超過8.2萬輛。兩者可能統計口徑不同（銷量、上牌量或交強險數據）。增長率為報告本身的數據；使用該數據的計算應說明所採用的口徑。",
    "197,000 at +172% implies about 72,000 sold in 2024, while trade sources report more than 82,000 new-energy heavy trucks sold in 2024. The two likely count on different statistical bases (sales, registrations or insurance data). The growth rate is the report's own; a calculation using these figures should say which base it uses.",
);

const NOTE_TP: Text = t!(
    "报告未说明1.17万吨是否为年减排量（吨/年）；按年减排量使用时应加以说明。",
    "報告未說明1.17萬噸是否為年減排量（噸/年）；按年減排量使用時應加以說明。",
    "The report does not say whether the 11,700 t is a yearly reduction (t/yr); a calculation that uses it as one should say so.",
);

const NOTE_TN: Text = t!(
    "为平均浓度的相对变化，而非负荷的变化。",
    "為平均濃度的相對變化，而非負荷的變化。",
    "A relative change in average concentration, not in load.",
);

const NOTE_CF_FACTORS: Text = t!(
    "2023年和2024年的数据均已发布；数值为最新数据年份2024。这是全生命周期的电力碳足迹因子（千克CO₂e/千瓦时），不是仅含CO₂的电力排放因子。",
    "2023年和2024年的數據均已發布；數值為最新數據年份2024。這是全生命週期的電力碳足跡因子（公斤CO₂e/千瓦時），不是僅含CO₂的電力排放因子。",
    "Data for both 2023 and 2024 were published; the value is the latest data year, 2024. These are life-cycle electricity carbon-footprint factors (kg CO₂e/kWh), not the CO₂-only electricity emission factors.",
);

const NOTE_ETS: Text = t!(
    "数值为报告列出的行业数：钢铁、水泥、铝冶炼。",
    "數值為報告列出的行業數：鋼鐵、水泥、鋁冶煉。",
    "The value counts the sectors the report names: steel, cement and aluminium smelting.",
);

const NOTE_NDC: Text = t!(
    "报告未给出目标本身的数值；数值为国家自主贡献的目标年份2035。",
    "報告未給出目標本身的數值；數值為國家自主貢獻的目標年份2035。",
    "The report gives no number for the target itself; the value is the NDC's target year, 2035.",
);

const NOTE_STOCKPILE: Text = t!(
    "为多年累积的存量，而非年产生量；为初步查明的数据。",
    "為多年累積的存量，而非年產生量；為初步查明的數據。",
    "A stock accumulated over many years, not a yearly flow; a first estimate.",
);

const NOTE_APPLIANCES: Text = t!(
    "报告未说明这是2025年当年的数量还是累计数量。",
    "報告未說明這是2025年當年的數量還是累計數量。",
    "The report does not say whether this is the 2025 total or a cumulative one.",
);

const NOTE_EIA_INVESTMENT: Text = t!(
    "为环评获批项目的总投资，不是环保投资。",
    "為環評獲批項目的總投資，不是環保投資。",
    "The total investment of the projects whose EIAs were approved, not spending on environmental protection.",
);

const NOTE_COMPLAINTS: Text = t!(
    "截至报告发布时的累计数；报告未说明起算时间（该句位于第三轮中央生态环境保护督察的叙述之后）。",
    "截至報告發布時的累計數；報告未說明起算時間（該句位於第三輪中央生態環境保護督察的敘述之後）。",
    "Cumulative to the report's date; the report does not say from when (the sentence follows its account of the third round of central inspections).",
);

// ---- The figures

/// Every figure, grouped by theme in page order and, within a theme, in the report's order.
pub(super) static FIGURES: &[Figure] = &[
    // ---- Ule
    Figure {
        id: "ule.steel.capacity_2025",
        theme: FigureTheme::Ule,
        label: t!(
            "粗钢产能超低排放改造（2025年新增）",
            "粗鋼產能超低排放改造（2025年新增）",
            "Crude-steel capacity retrofitted to ultra-low emissions, 2025",
        ),
        value: 3.0e8,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::TonnesOfCapacity,
        literal: "3亿",
        year: 2025,
        span: Span::Year,
        sentence: S_ULE,
        note: Some(&NOTE_CAPACITY),
        preset: Some(preset::ULE_STEEL),
    },
    Figure {
        id: "ule.coking.capacity_2025",
        theme: FigureTheme::Ule,
        label: t!(
            "焦化产能超低排放改造（2025年新增）",
            "焦化產能超低排放改造（2025年新增）",
            "Coking capacity retrofitted to ultra-low emissions, 2025",
        ),
        value: 2.7e8,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::TonnesOfCapacity,
        literal: "2.7亿",
        year: 2025,
        span: Span::Year,
        sentence: S_ULE,
        note: Some(&NOTE_CAPACITY),
        preset: Some(preset::ULE_COKING),
    },
    Figure {
        id: "ule.cement.capacity_2025",
        theme: FigureTheme::Ule,
        label: t!(
            "水泥熟料产能超低排放改造（2025年新增）",
            "水泥熟料產能超低排放改造（2025年新增）",
            "Cement-clinker capacity retrofitted to ultra-low emissions, 2025",
        ),
        value: 4.7e8,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::TonnesOfCapacity,
        literal: "4.7亿",
        year: 2025,
        span: Span::Year,
        sentence: S_ULE,
        note: Some(&NOTE_CAPACITY),
        preset: Some(preset::ULE_CEMENT),
    },
    // ---- Transport
    Figure {
        id: "transport.nev_heavy_trucks_2025",
        theme: FigureTheme::Transport,
        label: t!(
            "新能源重卡销量（2025年）",
            "新能源重卡銷量（2025年）",
            "New-energy heavy trucks sold, 2025",
        ),
        value: 197_000.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Vehicles,
        literal: "19.7万",
        year: 2025,
        span: Span::Year,
        sentence: S_TRUCKS,
        note: Some(&NOTE_TRUCKS),
        preset: Some(preset::ULE_TRUCKS),
    },
    Figure {
        id: "transport.nev_heavy_trucks_growth_2025",
        theme: FigureTheme::Transport,
        label: t!(
            "新能源重卡销量同比增长（2025年）",
            "新能源重卡銷量同比增長（2025年）",
            "Growth of new-energy heavy-truck sales, 2025 on 2024",
        ),
        value: 1.72,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Percent,
        literal: "增长172%",
        year: 2025,
        span: Span::Year,
        sentence: S_TRUCKS,
        note: Some(&NOTE_TRUCKS),
        preset: Some(preset::ULE_TRUCKS),
    },
    // ---- Water
    Figure {
        id: "water.tp.projects_2025",
        theme: FigureTheme::Water,
        label: t!(
            "长江流域总磷减排工程",
            "長江流域總磷減排工程",
            "Total-phosphorus reduction projects, Yangtze basin",
        ),
        value: 2_400.0,
        qualifier: Qualifier::AtLeast,
        unit: FigureUnit::Projects,
        literal: "2400余",
        year: 2025,
        span: Span::Year,
        sentence: S_WATER_TP,
        note: None,
        preset: Some(preset::TP_REPORT),
    },
    Figure {
        id: "water.tp.reduction_2025",
        theme: FigureTheme::Water,
        label: t!(
            "长江流域总磷减排量",
            "長江流域總磷減排量",
            "Total phosphorus reduced, Yangtze basin",
        ),
        value: 11_700.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::TonnesOfPhosphorus,
        literal: "1.17万",
        year: 2025,
        span: Span::Year,
        sentence: S_WATER_TP,
        note: Some(&NOTE_TP),
        preset: Some(preset::TP_REPORT),
    },
    Figure {
        id: "water.outfall_guides_2025",
        theme: FigureTheme::Water,
        label: t!(
            "排污口技术指南",
            "排污口技術指南",
            "Technical guides on outfalls",
        ),
        value: 14.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::TechnicalGuides,
        literal: "14",
        year: 2025,
        span: Span::Year,
        sentence: S_WATER_OUTFALLS,
        note: None,
        preset: None,
    },
    Figure {
        id: "water.river_outfalls_2025",
        theme: FigureTheme::Water,
        label: t!(
            "完成整治的入河排污口",
            "完成整治的入河排污口",
            "River outfalls rectified",
        ),
        value: 100_000.0,
        qualifier: Qualifier::AtLeast,
        unit: FigureUnit::Outfalls,
        literal: "10万余",
        year: 2025,
        span: Span::Year,
        sentence: S_WATER_OUTFALLS,
        note: None,
        preset: None,
    },
    Figure {
        id: "water.sea_outfalls_2025",
        theme: FigureTheme::Water,
        label: t!(
            "完成整治的入海排污口",
            "完成整治的入海排污口",
            "Sea outfalls rectified",
        ),
        value: 1_100.0,
        qualifier: Qualifier::AtLeast,
        unit: FigureUnit::Outfalls,
        literal: "1100余",
        year: 2025,
        span: Span::Year,
        sentence: S_WATER_OUTFALLS,
        note: None,
        preset: None,
    },
    Figure {
        id: "water.industrial_park_problems",
        theme: FigureTheme::Water,
        label: t!(
            "长江经济带、沿黄省区工业园区解决的污水问题",
            "長江經濟帶、沿黃省區工業園區解決的污水問題",
            "Sewage problems solved in industrial parks, Yangtze belt and Yellow River",
        ),
        value: 4_000.0,
        qualifier: Qualifier::AtLeast,
        unit: FigureUnit::Problems,
        literal: "4000余",
        year: 2025,
        span: Span::Cumulative,
        sentence: S_WATER_PARKS,
        note: None,
        preset: None,
    },
    Figure {
        id: "water.drinking_water_compliance_2025",
        theme: FigureTheme::Water,
        label: t!(
            "县级及以上城市集中式饮用水水源地水质达标率",
            "縣級及以上城市集中式飲用水水源地水質達標率",
            "Drinking-water sources meeting quality standards, cities at county level and above",
        ),
        value: 0.967,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Percent,
        literal: "96.7%",
        year: 2025,
        span: Span::Year,
        sentence: S_WATER_DRINKING,
        note: None,
        preset: None,
    },
    Figure {
        id: "water.coastal_tn_change_2025",
        theme: FigureTheme::Water,
        label: t!(
            "41个沿海城市入海断面总氮平均浓度较2020年变化",
            "41個沿海城市入海斷面總氮平均濃度較2020年變化",
            "Total nitrogen where rivers enter the sea, 41 coastal cities, change since 2020",
        ),
        value: -0.186,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Percent,
        literal: "下降18.6%",
        year: 2025,
        span: Span::Year,
        sentence: S_WATER_COASTAL_TN,
        note: Some(&NOTE_TN),
        preset: None,
    },
    Figure {
        id: "water.rural_resource_use_households",
        theme: FigureTheme::Water,
        label: t!(
            "农村资源化利用设施覆盖户数",
            "農村資源化利用設施覆蓋戶數",
            "Rural households served by resource-use facilities",
        ),
        value: 5.1e7,
        qualifier: Qualifier::AtLeast,
        unit: FigureUnit::Households,
        literal: "5100多万",
        year: 2025,
        span: Span::FiveYearPlan,
        sentence: S_WATER_RURAL,
        note: None,
        preset: None,
    },
    // ---- Carbon
    Figure {
        id: "carbon.pcf_standards",
        theme: FigureTheme::Carbon,
        label: t!(
            "产品碳足迹核算国家标准",
            "產品碳足跡核算國家標準",
            "National product carbon-footprint accounting standards",
        ),
        value: 13.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Standards,
        literal: "13",
        year: 2025,
        span: Span::Year,
        sentence: S_CARBON_PCF,
        note: None,
        preset: None,
    },
    Figure {
        id: "carbon.electricity_cf_factors",
        theme: FigureTheme::Carbon,
        label: t!(
            "已发布电力碳足迹因子的最新数据年份",
            "已發布電力碳足跡因子的最新數據年份",
            "Latest data year of the published electricity carbon-footprint factors",
        ),
        value: 2024.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Year,
        literal: "2024",
        year: 2025,
        span: Span::Year,
        sentence: S_CARBON_PCF,
        note: Some(&NOTE_CF_FACTORS),
        preset: Some(preset::CARBON_ELECTRICITY_2024),
    },
    Figure {
        id: "carbon.ets_expansion",
        theme: FigureTheme::Carbon,
        label: t!(
            "新纳入全国碳市场的行业",
            "新納入全國碳市場的行業",
            "Sectors newly brought into the national carbon market",
        ),
        value: 3.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Sectors,
        literal: "钢铁、水泥、铝冶炼",
        year: 2025,
        span: Span::Year,
        sentence: S_CARBON_ETS,
        note: Some(&NOTE_ETS),
        preset: Some(preset::CARBON_ETS),
    },
    Figure {
        id: "carbon.ndc_2035",
        theme: FigureTheme::Carbon,
        label: t!(
            "首个全经济范围绝对量减排目标（2035年国家自主贡献）",
            "首個全經濟範圍絕對量減排目標（2035年國家自主貢獻）",
            "First economy-wide absolute emission-reduction target (2035 NDC)",
        ),
        value: 2035.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Year,
        literal: "2035",
        year: 2025,
        span: Span::Year,
        sentence: S_CARBON_NDC,
        note: Some(&NOTE_NDC),
        preset: None,
    },
    // ---- FiveYearPlan
    Figure {
        id: "fyp14.sinter_eliminated",
        theme: FigureTheme::FiveYearPlan,
        label: t!(
            "淘汰步进式烧结机产能",
            "淘汰步進式燒結機產能",
            "Stepping-type sintering-machine capacity eliminated",
        ),
        value: 1.2e8,
        qualifier: Qualifier::AtLeast,
        unit: FigureUnit::TonnesOfCapacity,
        literal: "1.2亿余",
        year: 2025,
        span: Span::FiveYearPlan,
        sentence: S_FYP,
        note: None,
        preset: None,
    },
    Figure {
        id: "fyp14.coke_ovens_eliminated",
        theme: FigureTheme::FiveYearPlan,
        label: t!(
            "淘汰4.3米及以下焦炉产能",
            "淘汰4.3米及以下焦爐產能",
            "Capacity of coke ovens of 4.3 m or less eliminated",
        ),
        value: 6.826e7,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::TonnesOfCapacity,
        literal: "6826万",
        year: 2025,
        span: Span::FiveYearPlan,
        sentence: S_FYP,
        note: None,
        preset: None,
    },
    Figure {
        id: "fyp14.coal_boilers_eliminated",
        theme: FigureTheme::FiveYearPlan,
        label: t!(
            "淘汰燃煤锅炉",
            "淘汰燃煤鍋爐",
            "Coal-fired boilers eliminated",
        ),
        value: 30_000.0,
        qualifier: Qualifier::About,
        unit: FigureUnit::Boilers,
        literal: "约3万",
        year: 2025,
        span: Span::FiveYearPlan,
        sentence: S_FYP,
        note: None,
        preset: None,
    },
    Figure {
        id: "fyp14.old_vehicles_eliminated",
        theme: FigureTheme::FiveYearPlan,
        label: t!(
            "淘汰高排放老旧车辆",
            "淘汰高排放老舊車輛",
            "Old high-emission vehicles retired",
        ),
        value: 3.0e7,
        qualifier: Qualifier::About,
        unit: FigureUnit::Vehicles,
        literal: "近3000万",
        year: 2025,
        span: Span::FiveYearPlan,
        sentence: S_FYP,
        note: None,
        preset: None,
    },
    Figure {
        id: "fyp14.rural_sewage_facilities",
        theme: FigureTheme::FiveYearPlan,
        label: t!(
            "新建农村生活污水处理设施",
            "新建農村生活污水處理設施",
            "Rural domestic-sewage treatment facilities built",
        ),
        value: 39_000.0,
        qualifier: Qualifier::AtLeast,
        unit: FigureUnit::Facilities,
        literal: "3.9万余",
        year: 2025,
        span: Span::FiveYearPlan,
        sentence: S_WATER_RURAL,
        note: None,
        preset: None,
    },
    // ---- Air
    Figure {
        id: "air.supervision_problems_2025",
        theme: FigureTheme::Air,
        label: t!(
            "重点区域监督帮扶发现并解决的问题",
            "重點區域監督幫扶發現並解決的問題",
            "Problems found and solved by supervision in key regions",
        ),
        value: 55_000.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Problems,
        literal: "5.5万",
        year: 2025,
        span: Span::Year,
        sentence: S_AIR_SUPERVISION,
        note: None,
        preset: None,
    },
    Figure {
        id: "air.supervision_serious_problems_2025",
        theme: FigureTheme::Air,
        label: t!(
            "查处的偷排、弄虚作假等突出问题",
            "查處的偷排、弄虛作假等突出問題",
            "Serious problems (covert discharges, falsification …) dealt with",
        ),
        value: 5_900.0,
        qualifier: Qualifier::AtLeast,
        unit: FigureUnit::Problems,
        literal: "5900余",
        year: 2025,
        span: Span::Year,
        sentence: S_AIR_SUPERVISION,
        note: None,
        preset: None,
    },
    Figure {
        id: "air.leads_verified_2025",
        theme: FigureTheme::Air,
        label: t!(
            "推送地方问题线索查实率",
            "推送地方問題線索查實率",
            "Share of problem leads passed to local authorities that were verified",
        ),
        value: 0.80,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Percent,
        literal: "80%",
        year: 2025,
        span: Span::Year,
        sentence: S_AIR_SUPERVISION,
        note: None,
        preset: None,
    },
    Figure {
        id: "air.vehicle_testing_fraud_rate_2025",
        theme: FigureTheme::Air,
        label: t!(
            "机动车排放第三方机构弄虚作假比例",
            "機動車排放第三方機構弄虛作假比例",
            "Share of third-party vehicle-emission institutions found falsifying",
        ),
        value: 0.062,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Percent,
        literal: "6.2%",
        year: 2025,
        span: Span::Year,
        sentence: S_AIR_VEHICLES,
        note: None,
        preset: None,
    },
    Figure {
        id: "air.vehicle_testing_fraud_rate_change_2025",
        theme: FigureTheme::Air,
        label: t!(
            "弄虚作假机构比例同比变化",
            "弄虛作假機構比例同比變化",
            "Change in the falsifying-institution share, year on year",
        ),
        value: -0.47,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::PercentagePoints,
        literal: "下降47个百分点",
        year: 2025,
        span: Span::Year,
        sentence: S_AIR_VEHICLES,
        note: None,
        preset: None,
    },
    Figure {
        id: "air.heavy_vehicle_exceedance_rate_2025",
        theme: FigureTheme::Air,
        label: t!(
            "重型车违法超标比例",
            "重型車違法超標比例",
            "Share of heavy-duty vehicles illegally exceeding emission limits",
        ),
        value: 0.02,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Percent,
        literal: "2%",
        year: 2025,
        span: Span::Year,
        sentence: S_AIR_VEHICLES,
        note: None,
        preset: None,
    },
    Figure {
        id: "air.heavy_vehicle_exceedance_rate_change_2025",
        theme: FigureTheme::Air,
        label: t!(
            "重型车违法超标比例同比变化",
            "重型車違法超標比例同比變化",
            "Change in the heavy-duty over-limit share, year on year",
        ),
        value: -0.60,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::PercentagePoints,
        literal: "下降60个百分点",
        year: 2025,
        span: Span::Year,
        sentence: S_AIR_VEHICLES,
        note: None,
        preset: None,
    },
    Figure {
        id: "air.ods_phaseout_2025",
        theme: FigureTheme::Air,
        label: t!(
            "消耗臭氧层物质淘汰比例（占基线值）",
            "消耗臭氧層物質淘汰比例（佔基線值）",
            "Ozone-depleting substances phased out, share of the baseline",
        ),
        value: 0.675,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Percent,
        literal: "67.5%",
        year: 2025,
        span: Span::Year,
        sentence: S_AIR_ODS,
        note: None,
        preset: None,
    },
    Figure {
        id: "air.noise_problems_2025",
        theme: FigureTheme::Air,
        label: t!(
            "推动解决的突出噪声问题",
            "推動解決的突出噪聲問題",
            "Prominent noise problems resolved",
        ),
        value: 2_000.0,
        qualifier: Qualifier::About,
        unit: FigureUnit::Problems,
        literal: "近2000",
        year: 2025,
        span: Span::Year,
        sentence: S_AIR_NOISE,
        note: None,
        preset: None,
    },
    // ---- Soil
    Figure {
        id: "soil.source_control_projects",
        theme: FigureTheme::Soil,
        label: t!(
            "土壤污染源头管控重大工程项目",
            "土壤污染源頭管控重大工程項目",
            "Major soil-pollution source-control projects",
        ),
        value: 124.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Projects,
        literal: "124",
        year: 2025,
        span: Span::Cumulative,
        sentence: S_SOIL_SOURCE,
        note: None,
        preset: None,
    },
    Figure {
        id: "soil.risk_list_plots",
        theme: FigureTheme::Soil,
        label: t!(
            "纳入风险管控和修复名录的地块",
            "納入風險管控和修復名錄的地塊",
            "Plots on the risk-control and remediation list",
        ),
        value: 2_634.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Plots,
        literal: "2634",
        year: 2025,
        span: Span::Cumulative,
        sentence: S_SOIL_LIST,
        note: None,
        preset: None,
    },
    Figure {
        id: "soil.managed_area",
        theme: FigureTheme::Soil,
        label: t!(
            "风险管控和修复面积",
            "風險管控和修復面積",
            "Area under risk control or remediated",
        ),
        value: 91.24,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::SquareKilometres,
        literal: "91.24",
        year: 2025,
        span: Span::Cumulative,
        sentence: S_SOIL_LIST,
        note: None,
        preset: None,
    },
    Figure {
        id: "soil.funded_projects_2025",
        theme: FigureTheme::Soil,
        label: t!(
            "“两重”资金支持修复的项目",
            "“兩重”資金支持修復的項目",
            "Remediation projects funded by “Two Priorities” funds",
        ),
        value: 13.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Projects,
        literal: "13",
        year: 2025,
        span: Span::Year,
        sentence: S_SOIL_FUNDED,
        note: None,
        preset: None,
    },
    Figure {
        id: "soil.funded_plots_2025",
        theme: FigureTheme::Soil,
        label: t!(
            "“两重”资金支持修复的地块",
            "“兩重”資金支持修復的地塊",
            "Plots remediated with “Two Priorities” funds",
        ),
        value: 30.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Plots,
        literal: "30",
        year: 2025,
        span: Span::Year,
        sentence: S_SOIL_FUNDED,
        note: None,
        preset: None,
    },
    Figure {
        id: "soil.groundwater_chemical_parks_2025",
        theme: FigureTheme::Soil,
        label: t!(
            "开展地下水污染专项整治的化工园区",
            "開展地下水污染專項整治的化工園區",
            "Chemical parks in the special groundwater-pollution campaign",
        ),
        value: 399.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::ChemicalParks,
        literal: "399",
        year: 2025,
        span: Span::Year,
        sentence: S_SOIL_GROUNDWATER,
        note: None,
        preset: None,
    },
    // ---- SolidWaste
    Figure {
        id: "solid_waste.bulk_industrial_stockpile",
        theme: FigureTheme::SolidWaste,
        label: t!(
            "典型大宗工业固体废物堆存量",
            "典型大宗工業固體廢物堆存量",
            "Typical bulk industrial solid waste in stockpiles",
        ),
        value: 3.3e10,
        qualifier: Qualifier::About,
        unit: FigureUnit::Tonnes,
        literal: "约330亿",
        year: 2025,
        span: Span::Cumulative,
        sentence: S_SW_STOCKPILE,
        note: Some(&NOTE_STOCKPILE),
        preset: None,
    },
    Figure {
        id: "solid_waste.dumping_sites_checked_2025",
        theme: FigureTheme::SolidWaste,
        label: t!(
            "非法倾倒专项整治排查点位",
            "非法傾倒專項整治排查點位",
            "Sites checked in the illegal-dumping campaign",
        ),
        value: 113_000.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Sites,
        literal: "11.3万",
        year: 2025,
        span: Span::Year,
        sentence: S_SW_DUMPING,
        note: None,
        preset: None,
    },
    Figure {
        id: "solid_waste.dumping_problems_2025",
        theme: FigureTheme::SolidWaste,
        label: t!(
            "非法倾倒专项整治发现的问题",
            "非法傾倒專項整治發現的問題",
            "Problems found in the illegal-dumping campaign",
        ),
        value: 14_037.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Problems,
        literal: "14037",
        year: 2025,
        span: Span::Year,
        sentence: S_SW_DUMPING,
        note: None,
        preset: None,
    },
    Figure {
        id: "solid_waste.dumping_waste_treated_2025",
        theme: FigureTheme::SolidWaste,
        label: t!(
            "推动治理的各类固体废物",
            "推動治理的各類固體廢物",
            "Solid waste dealt with in the illegal-dumping campaign",
        ),
        value: 2.058e7,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Tonnes,
        literal: "2058万",
        year: 2025,
        span: Span::Year,
        sentence: S_SW_DUMPING,
        note: None,
        preset: None,
    },
    Figure {
        id: "solid_waste.appliances_dismantled_2025",
        theme: FigureTheme::SolidWaste,
        label: t!(
            "规范拆解处理的废电器",
            "規範拆解處理的廢電器",
            "Waste appliances dismantled and treated to standard",
        ),
        value: 1.05e8,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Appliances,
        literal: "1.05亿",
        year: 2025,
        span: Span::Year,
        sentence: S_SW_APPLIANCES,
        note: Some(&NOTE_APPLIANCES),
        preset: None,
    },
    Figure {
        id: "solid_waste.tailings_ponds_yangtze_2025",
        theme: FigureTheme::SolidWaste,
        label: t!(
            "长江经济带完成污染治理的尾矿库",
            "長江經濟帶完成污染治理的尾礦庫",
            "Tailings ponds treated, Yangtze River Economic Belt",
        ),
        value: 1_800.0,
        qualifier: Qualifier::AtLeast,
        unit: FigureUnit::TailingsPonds,
        literal: "1800余",
        year: 2025,
        span: Span::Year,
        sentence: S_SW_TAILINGS,
        note: None,
        preset: None,
    },
    Figure {
        id: "solid_waste.tailings_ponds_yellow_river_2025",
        theme: FigureTheme::SolidWaste,
        label: t!(
            "黄河流域完成污染治理的尾矿库",
            "黃河流域完成污染治理的尾礦庫",
            "Tailings ponds treated, Yellow River basin",
        ),
        value: 400.0,
        qualifier: Qualifier::About,
        unit: FigureUnit::TailingsPonds,
        literal: "近400",
        year: 2025,
        span: Span::Year,
        sentence: S_SW_TAILINGS,
        note: None,
        preset: None,
    },
    Figure {
        id: "solid_waste.hazardous_waste_pilot_provinces_2025",
        theme: FigureTheme::SolidWaste,
        label: t!(
            "危险废物“一码贯通”试点省份",
            "危險廢物“一碼貫通”試點省份",
            "Pilot provinces with “one code throughout” hazardous-waste tracking",
        ),
        value: 12.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Provinces,
        literal: "12",
        year: 2025,
        span: Span::Year,
        sentence: S_SW_HAZARDOUS,
        note: None,
        preset: None,
    },
    // ---- GreenDevelopment
    Figure {
        id: "green.ministry_eia_approvals_2025",
        theme: FigureTheme::GreenDevelopment,
        label: t!(
            "生态环境部本级审批的重大项目环评",
            "生態環境部本級審批的重大項目環評",
            "Major-project EIAs approved by the Ministry itself",
        ),
        value: 145.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Projects,
        literal: "145",
        year: 2025,
        span: Span::Year,
        sentence: S_GREEN_MINISTRY_EIA,
        note: None,
        preset: None,
    },
    Figure {
        id: "green.eia_approvals_2025",
        theme: FigureTheme::GreenDevelopment,
        label: t!(
            "全国审批的建设项目环评",
            "全國審批的建設項目環評",
            "Construction-project EIAs approved nationwide",
        ),
        value: 119_000.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Projects,
        literal: "11.9万",
        year: 2025,
        span: Span::Year,
        sentence: S_GREEN_NATIONAL_EIA,
        note: None,
        preset: None,
    },
    Figure {
        id: "green.eia_investment_2025",
        theme: FigureTheme::GreenDevelopment,
        label: t!(
            "环评获批项目总投资",
            "環評獲批項目總投資",
            "Total investment of the projects whose EIAs were approved",
        ),
        value: 1.86e13,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Yuan,
        literal: "18.6万亿",
        year: 2025,
        span: Span::Year,
        sentence: S_GREEN_NATIONAL_EIA,
        note: Some(&NOTE_EIA_INVESTMENT),
        preset: None,
    },
    // ---- Governance
    Figure {
        id: "governance.complaints_received",
        theme: FigureTheme::Governance,
        label: t!(
            "督察受理转办的群众信访举报",
            "督察受理轉辦的群眾信訪舉報",
            "Public complaints received and referred by the central inspections",
        ),
        value: 359_000.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Complaints,
        literal: "35.9万",
        year: 2025,
        span: Span::Cumulative,
        sentence: S_GOV_COMPLAINTS,
        note: Some(&NOTE_COMPLAINTS),
        preset: None,
    },
    Figure {
        id: "governance.complaints_closed",
        theme: FigureTheme::Governance,
        label: t!(
            "已办结或阶段办结的信访举报",
            "已辦結或階段辦結的信訪舉報",
            "Complaints closed, in full or for the current stage",
        ),
        value: 356_000.0,
        qualifier: Qualifier::About,
        unit: FigureUnit::Complaints,
        literal: "约35.6万",
        year: 2025,
        span: Span::Cumulative,
        sentence: S_GOV_COMPLAINTS,
        note: Some(&NOTE_COMPLAINTS),
        preset: None,
    },
    Figure {
        id: "governance.second_round_rectification",
        theme: FigureTheme::Governance,
        label: t!(
            "第二轮中央督察整改完成率",
            "第二輪中央督察整改完成率",
            "Rectification completed, second round of central inspections",
        ),
        value: 0.90,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Percent,
        literal: "90%",
        year: 2025,
        span: Span::Cumulative,
        sentence: S_GOV_RECTIFICATION,
        note: None,
        preset: None,
    },
    Figure {
        id: "governance.cross_provincial_compensation_2025",
        theme: FigureTheme::Governance,
        label: t!(
            "跨省流域横向生态保护补偿机制",
            "跨省流域橫向生態保護補償機制",
            "Cross-provincial river-basin ecological compensation mechanisms",
        ),
        value: 33.0,
        qualifier: Qualifier::Exact,
        unit: FigureUnit::Mechanisms,
        literal: "33",
        year: 2025,
        span: Span::Year,
        sentence: S_GOV_REFORM,
        note: None,
        preset: None,
    },
    Figure {
        id: "governance.enterprises_disclosing_2025",
        theme: FigureTheme::Governance,
        label: t!(
            "依法披露环境信息的企业",
            "依法披露環境信息的企業",
            "Enterprises disclosing environmental information as the law requires",
        ),
        value: 90_000.0,
        qualifier: Qualifier::About,
        unit: FigureUnit::Enterprises,
        literal: "近9万",
        year: 2025,
        span: Span::Year,
        sentence: S_GOV_REFORM,
        note: None,
        preset: None,
    },
];
