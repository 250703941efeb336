"""What a comment is about, in words every company's fans use: the subjects a manual entry answers.

A short-delivery complaint once got the store-locations answer because the two shared the word 店.
Retrieval now also asks what the comment is *about* — a missing item, a delay, quality, a refund … —
and what each manual entry is about (from its question and keywords), and prefers an entry on the
same subject. The words are cross-industry on purpose and written by hand. Their author had read the labelled reply
set of fourteen companies (`resources/corpus/replies/`), so figures on that set flatter them; the
held-out-after batch's reply set was written later and is the honest measure.
"""

from __future__ import annotations

import re
from functools import lru_cache

SUBJECTS: dict[str, tuple[str, ...]] = {
    "delay": ("派送", "不派送", "没人来", "慢", "还没到", "没到", "没发货", "还没发", "不更新", "没更新", "几天了", "多久", "等了", "延误",
              "延迟", "晚点", "超时", "催", "排产", "卡在", "不动", "几天能到", "什么时候到", "什么时候发",
              "次日达", "提车", "交付", "交车", "发货", "物流", "送到", "送达", "运输中", "待发货", "多少天"),
    "missing": ("空包", "空盒子", "寄来", "少一件", "激活码", "少发", "漏发", "少了", "少送", "漏送", "缺", "只有", "只收到", "只到了", "没放", "空的", "空盒",
                "空包", "赠品", "小样", "发错", "送错", "错发", "数量不对", "少一", "少寄", "漏寄", "没给我"),
    "quality": ("裂", "破了", "磕", "脏", "硬的", "糊", "氧化", "质量", "坏的", "破损", "碎", "异物", "头发", "虫", "变质", "酸了", "不新鲜", "假货", "正品",
                "瑕疵", "烂", "过期", "臭", "味道不对", "变味", "真假", "防伪", "山寨", "劣质"),
    "refund": ("退款", "退货", "退费", "退票", "退钱", "到账", "退订", "退课", "仅退款", "无理由", "取消订单",
               "退换", "换货", "换新", "退了"),
    "location": ("在哪", "哪里有", "门店", "网点", "地址", "营业", "几点", "开门", "关门", "体验店", "服务中心",
                 "专柜", "附近", "展厅", "有店", "有没有店", "支行"),
    "price": ("降价", "差价", "价保", "便宜了", "涨价", "价格", "多少钱", "杀熟", "补差", "贵就赔", "买贵",
              "特价", "优惠", "折扣", "金融政策", "补贴"),
    "member": ("积分", "会员", "券", "红包", "满减", "里程", "生日", "等级", "权益", "兑换", "plus"),
    "account": ("账号", "账户", "登录", "登不上", "密码", "被盗", "盗号", "盗刷", "验证码", "换绑", "实名",
                "设备", "手机号"),
    "invoice": ("发票", "开票", "专票", "抬头"),
    "app": ("打开要", "人脸识别", "卡死", "app", "闪退", "卡顿", "更新", "升级", "系统", "bug", "黑屏", "掉线", "连不上", "配网", "车机",
            "小程序", "网络异常", "死机", "ota", "蓝牙", "离线", "460", "延迟高"),
    "repair": ("噪音", "响", "不热", "不冷", "结冰", "失灵", "松动", "老化", "不工作", "不启动", "毛病", "重启", "维修", "修", "保修", "报修", "故障", "坏了", "不制冷", "异响", "漏水", "返修", "保养", "质保"),
    "install": ("安装", "装机", "上门", "师傅", "移机", "充电桩"),
    "fee": ("收了我", "付运费", "上门费", "收费", "费用", "多收", "乱收", "手续费", "运费", "扣费", "扣了", "账单", "年费", "辅材"),
    "health": ("过敏", "红肿", "刺痛", "长痘", "闭口", "成分", "孕妇", "配料", "热量", "糖", "咖啡因", "酒精",
               "脂肪粒", "敏感肌", "泛红", "痒"),
    "staff": ("态度", "骂", "凶", "不耐烦", "服务差", "不理", "甩脸色"),
    "fraud": ("诈骗", "骗子", "冒充", "可疑", "安全账户", "钓鱼", "短信链接"),
    "teacher": ("老师", "班主任", "助教", "导游", "空乘", "乘务员", "客服不回", "答疑"),
    "ban": ("封号", "误封", "申诉", "禁言", "封禁"),
    "cheat": ("外挂", "开挂", "作弊", "演员", "挂机"),
    "door": ("上楼", "楼下", "放门口", "快递柜", "驿站", "送上门", "取件码", "不送"),
    "claim": ("理赔", "丢件", "丢了", "赔", "保价", "拆开", "拆过", "丢失"),
    "battery": ("续航", "耗电", "电池", "充电", "充满", "快充", "烫", "发热", "发烫", "散热", "电量"),
    "baggage": ("行李", "托运", "箱子"),
    "special": ("宠物", "狗", "猫", "婴儿车", "吉他", "乐器", "轮椅"),
    "screen": ("屏", "亮度", "闪屏", "绿线", "触控"),
    "draw": ("抽卡", "保底", "卡池", "歪了", "概率", "出金"),
}


@lru_cache(maxsize=1)
def _finder() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One pattern that finds, at every position, the longest subject word starting there, and for each
    word the subjects of it and of every shorter word it starts with (those match at that position too),
    so one scan of the text says every subject — the cost of the answer-matching hot path."""
    words: dict[str, set[str]] = {}
    for subject, ws in SUBJECTS.items():
        for w in ws:
            words.setdefault(w, set()).add(subject)
    longest_first = sorted(words, key=lambda w: (-len(w), w))
    pattern = re.compile("(?=(" + "|".join(re.escape(w) for w in longest_first) + "))")
    reach = {w: frozenset(s for p, subs in words.items() if w.startswith(p) for s in subs) for w in words}
    return pattern, reach


def subjects_of(canonical_text: str) -> frozenset[str]:
    """The subjects whose words occur in `canonical_text` (NFKC, simplified, lower case)."""
    pattern, reach = _finder()
    found: frozenset[str] = frozenset()
    for m in pattern.finditer(canonical_text):
        found |= reach[m.group(1)]
    return found
