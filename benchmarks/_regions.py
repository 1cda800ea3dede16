"""Real Chinese administrative divisions and departments the synthetic corpus is published under.

Each prefecture (地级行政区) comes with a handful of its county-level divisions: districts
(市辖区, ``district``) and counties or county-level cities (县/县级市, ``county``). Names are real;
the figures the generator gives them are not. ``slug`` is the pinyin used in file names, the way
the bundled samples are named (``maoxian-county-hrss-2022-final-account.txt``).
"""

from __future__ import annotations

from dataclasses import dataclass

# province (省级): full name, short name, slug
PROVINCES: dict[str, tuple[str, str]] = {
    "新疆维吾尔自治区": ("新疆", "xinjiang"),
    "四川省": ("四川", "sichuan"),
    "湖北省": ("湖北", "hubei"),
    "河南省": ("河南", "henan"),
    "湖南省": ("湖南", "hunan"),
    "甘肃省": ("甘肃", "gansu"),
    "云南省": ("云南", "yunnan"),
    "贵州省": ("贵州", "guizhou"),
    "广西壮族自治区": ("广西", "guangxi"),
    "江西省": ("江西", "jiangxi"),
    "山东省": ("山东", "shandong"),
    "河北省": ("河北", "hebei"),
    "陕西省": ("陕西", "shaanxi"),
}

# province → prefecture (name, slug) → county-level divisions "name:slug"
_DIVISIONS: dict[str, dict[tuple[str, str], str]] = {
    "新疆维吾尔自治区": {
        ("昌吉州", "changji"): "玛纳斯县:manasi 呼图壁县:hutubi 奇台县:qitai 昌吉市:changjishi",
        ("巴州", "bazhou"): "库尔勒市:kuerle 轮台县:luntai 和静县:hejing",
        ("伊犁州", "yili"): "伊宁县:yining 霍城县:huocheng 新源县:xinyuan",
        ("阿克苏地区", "akesu"): "库车市:kuche 温宿县:wensu 沙雅县:shaya",
        ("喀什地区", "kashi"): "疏勒县:shule 莎车县:shache 叶城县:yecheng",
        ("哈密市", "hami"): "伊州区:yizhou 巴里坤县:balikun",
        ("吐鲁番市", "tulufan"): "高昌区:gaochang 鄯善县:shanshan",
        ("塔城地区", "tacheng"): "乌苏市:wusu 沙湾市:shawan",
    },
    "四川省": {
        ("阿坝州", "aba"): "茂县:maoxian 汶川县:wenchuan 理县:lixian 松潘县:songpan 九寨沟县:jiuzhaigou",
        ("甘孜州", "ganzi"): "康定市:kangding 泸定县:luding 丹巴县:danba",
        ("凉山州", "liangshan"): "西昌市:xichang 会理市:huili 昭觉县:zhaojue",
        ("绵阳市", "mianyang"): "涪城区:fucheng 游仙区:youxian 三台县:santai 梓潼县:zitong",
        ("南充市", "nanchong"): "顺庆区:shunqing 高坪区:gaoping 阆中市:langzhong 仪陇县:yilong",
        ("宜宾市", "yibin"): "翠屏区:cuiping 叙州区:xuzhou 长宁县:changning",
        ("乐山市", "leshan"): "市中区:shizhong 五通桥区:wutongqiao 峨边县:ebian",
        ("达州市", "dazhou"): "通川区:tongchuan 达川区:dachuan 宣汉县:xuanhan",
    },
    "湖北省": {
        ("随州市", "suizhou"): "曾都区:zengdu 随县:suixian 广水市:guangshui",
        ("襄阳市", "xiangyang"): "襄城区:xiangcheng 樊城区:fancheng 襄州区:xiangzhou 南漳县:nanzhang 谷城县:gucheng",
        ("宜昌市", "yichang"): "夷陵区:yiling 西陵区:xiling 秭归县:zigui 长阳县:changyang",
        ("荆州市", "jingzhou"): "沙市区:shashi 荆州区:jingzhouqu 公安县:gongan 监利市:jianli",
        ("黄冈市", "huanggang"): "黄州区:huangzhou 麻城市:macheng 红安县:hongan 罗田县:luotian",
        ("孝感市", "xiaogan"): "孝南区:xiaonan 云梦县:yunmeng 大悟县:dawu",
        ("十堰市", "shiyan"): "张湾区:zhangwan 茅箭区:maojian 郧阳区:yunyang 竹山县:zhushan 房县:fangxian",
        ("恩施州", "enshi"): "利川市:lichuan 建始县:jianshi 巴东县:badong",
    },
    "河南省": {
        ("洛阳市", "luoyang"): "洛龙区:luolong 西工区:xigong 偃师区:yanshi 栾川县:luanchuan 嵩县:songxian",
        ("南阳市", "nanyang"): "宛城区:wancheng 卧龙区:wolong 镇平县:zhenping 西峡县:xixia",
        ("信阳市", "xinyang"): "浉河区:shihe 平桥区:pingqiao 光山县:guangshan 固始县:gushi",
        ("周口市", "zhoukou"): "川汇区:chuanhui 淮阳区:huaiyang 鹿邑县:luyi",
        ("驻马店市", "zhumadian"): "驿城区:yicheng 泌阳县:biyang 确山县:queshan",
        ("商丘市", "shangqiu"): "梁园区:liangyuan 睢阳区:suiyang 虞城县:yucheng",
    },
    "湖南省": {
        ("岳阳市", "yueyang"): "岳阳楼区:yueyanglou 君山区:junshan 华容县:huarong 平江县:pingjiang",
        ("常德市", "changde"): "武陵区:wuling 鼎城区:dingcheng 桃源县:taoyuan 石门县:shimen",
        ("衡阳市", "hengyang"): "蒸湘区:zhengxiang 石鼓区:shigu 衡山县:hengshan 祁东县:qidong",
        ("邵阳市", "shaoyang"): "双清区:shuangqing 大祥区:daxiang 隆回县:longhui",
        ("怀化市", "huaihua"): "鹤城区:hecheng 沅陵县:yuanling 芷江县:zhijiang",
        ("湘西州", "xiangxi"): "吉首市:jishou 凤凰县:fenghuang 花垣县:huayuan",
    },
    "甘肃省": {
        ("天水市", "tianshui"): "秦州区:qinzhou 麦积区:maiji 甘谷县:gangu",
        ("定西市", "dingxi"): "安定区:anding 通渭县:tongwei 岷县:minxian",
        ("陇南市", "longnan"): "武都区:wudu 成县:chengxian 徽县:huixian",
        ("临夏州", "linxia"): "临夏县:linxiaxian 康乐县:kangle",
        ("张掖市", "zhangye"): "甘州区:ganzhouqu 山丹县:shandan",
    },
    "云南省": {
        ("大理州", "dali"): "大理市:dalishi 祥云县:xiangyun 宾川县:binchuan 弥渡县:midu",
        ("红河州", "honghe"): "蒙自市:mengzi 个旧市:gejiu 建水县:jianshui",
        ("曲靖市", "qujing"): "麒麟区:qilin 沾益区:zhanyi 陆良县:luliang",
        ("昭通市", "zhaotong"): "昭阳区:zhaoyang 鲁甸县:ludian 镇雄县:zhenxiong",
        ("楚雄州", "chuxiong"): "楚雄市:chuxiongshi 禄丰市:lufeng 姚安县:yaoan",
    },
    "贵州省": {
        ("遵义市", "zunyi"): "红花岗区:honghuagang 汇川区:huichuan 播州区:bozhou 湄潭县:meitan",
        ("毕节市", "bijie"): "七星关区:qixingguan 大方县:dafang 威宁县:weining",
        ("黔东南州", "qiandongnan"): "凯里市:kaili 雷山县:leishan 从江县:congjiang",
        ("铜仁市", "tongren"): "碧江区:bijiang 万山区:wanshan 江口县:jiangkou",
    },
    "广西壮族自治区": {
        ("桂林市", "guilin"): "秀峰区:xiufeng 七星区:qixing 阳朔县:yangshuo 龙胜县:longsheng",
        ("柳州市", "liuzhou"): "城中区:chengzhong 鱼峰区:yufeng 融安县:rongan",
        ("百色市", "baise"): "右江区:youjiang 田阳区:tianyang 凌云县:lingyun",
        ("玉林市", "yulin"): "玉州区:yuzhou 福绵区:fumian 容县:rongxian",
    },
    "江西省": {
        ("赣州市", "ganzhou"): "章贡区:zhanggong 南康区:nankang 瑞金市:ruijin 于都县:yudu 兴国县:xingguo",
        ("吉安市", "jian"): "吉州区:jizhou 青原区:qingyuan 井冈山市:jinggangshan 永丰县:yongfeng",
        ("上饶市", "shangrao"): "信州区:xinzhou 广丰区:guangfeng 婺源县:wuyuan",
        ("九江市", "jiujiang"): "浔阳区:xunyang 濂溪区:lianxi 修水县:xiushui",
    },
    "山东省": {
        ("临沂市", "linyi"): "兰山区:lanshan 罗庄区:luozhuang 沂水县:yishui 沂南县:yinan",
        ("潍坊市", "weifang"): "奎文区:kuiwen 寒亭区:hanting 青州市:qingzhou 临朐县:linqu",
        ("菏泽市", "heze"): "牡丹区:mudan 曹县:caoxian 单县:shanxian",
        ("济宁市", "jining"): "任城区:rencheng 兖州区:yanzhou 曲阜市:qufu",
    },
    "河北省": {
        ("保定市", "baoding"): "竞秀区:jingxiu 莲池区:lianchi 涞源县:laiyuan 阜平县:fuping",
        ("邯郸市", "handan"): "丛台区:congtai 邯山区:hanshan 涉县:shexian 魏县:weixian",
        ("邢台市", "xingtai"): "襄都区:xiangdu 信都区:xindu 临城县:lincheng",
        ("张家口市", "zhangjiakou"): "桥东区:qiaodong 宣化区:xuanhua 张北县:zhangbei",
    },
    "陕西省": {
        ("汉中市", "hanzhong"): "汉台区:hantai 南郑区:nanzheng 城固县:chenggu 洋县:yangxian",
        ("宝鸡市", "baoji"): "渭滨区:weibin 金台区:jintai 凤翔区:fengxiang 眉县:meixian",
        ("渭南市", "weinan"): "临渭区:linwei 华州区:huazhou 蒲城县:pucheng",
        ("安康市", "ankang"): "汉滨区:hanbin 石泉县:shiquan 紫阳县:ziyang",
    },
}

# department (部门) name suffix after the region, sector (行业) name, slug
SECTORS: tuple[tuple[str, str, str], ...] = (
    ("人力资源和社会保障局", "人力资源和社会保障", "hrss"),
    ("教育局", "教育", "edu"),
    ("民政局", "民政", "civil"),
    ("财政局", "财政", "finance"),
    ("自然资源局", "自然资源", "landres"),
    ("生态环境局", "生态环境", "ecoenv"),
    ("住房和城乡建设局", "住房和城乡建设", "housing"),
    ("交通运输局", "交通运输", "transport"),
    ("水利局", "水利", "water"),
    ("农业农村局", "农业农村", "agri"),
    ("卫生健康委员会", "卫生健康", "health"),
    ("文化和旅游局", "文化和旅游", "culture"),
    ("市场监督管理局", "市场监督管理", "market"),
    ("司法局", "司法", "justice"),
    ("应急管理局", "应急管理", "emergency"),
    ("统计局", "统计", "stats"),
    ("审计局", "审计", "audit"),
    ("林业和草原局", "林业和草原", "forestry"),
    ("医疗保障局", "医疗保障", "medinsur"),
    ("退役军人事务局", "退役军人事务", "veterans"),
    ("商务局", "商务", "commerce"),
    ("科学技术局", "科学技术", "science"),
    ("发展和改革委员会", "发展和改革", "ndrc"),
    ("公安局", "公安", "police"),
)


@dataclass(frozen=True)
class Region:
    """One publishing administration: a prefecture, or a county-level division of one."""

    province: str  # 新疆维吾尔自治区
    province_short: str  # 新疆
    province_slug: str
    prefecture: str  # 昌吉州
    county: str | None  # 茂县 / 曾都区; None for the prefecture itself
    admin_level: str  # prefecture / county / district
    slug: str

    @property
    def name(self) -> str:
        return self.county or self.prefecture

    @property
    def prefecture_short(self) -> str:
        """随州市 → 随州 (a 市 drops its suffix in running text; 州/地区 names keep theirs)."""
        return self.prefecture[:-1] if self.prefecture.endswith("市") else self.prefecture


def _regions() -> tuple[Region, ...]:
    out: list[Region] = []
    for province, prefectures in _DIVISIONS.items():
        short, pslug = PROVINCES[province]
        for (prefecture, slug), counties in prefectures.items():
            out.append(Region(province, short, pslug, prefecture, None, "prefecture", slug))
            for item in counties.split():
                name, cslug = item.split(":")
                level = "district" if name.endswith("区") else "county"
                out.append(Region(province, short, pslug, prefecture, name, level, cslug))
    slugs = [r.slug for r in out]
    if len(slugs) != len(set(slugs)):
        raise AssertionError("region slugs must be unique")
    return tuple(out)


REGIONS: tuple[Region, ...] = _regions()


def regions_at(level: str) -> tuple[Region, ...]:
    """Every region of one admin level (prefecture / county / district)."""
    return tuple(r for r in REGIONS if r.admin_level == level)
