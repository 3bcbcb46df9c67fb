"""Demo: the 留言咨询 page and a dozen sample messages (fictional people), most answered by
real units named in the reading policy, a few waiting and one past its deadline."""

import datetime

from consultation.factories import ConsultationIndexPageFactory, publish_answer
from consultation.models import Answer, Message
from consultation.workdays import WorkdayCalendar

NOTICE = (
    "本栏目受理与全民阅读有关的咨询和建议：借阅服务、阅读空间、阅读活动、好书推荐、书香家庭评选等。"
    "我们在收到留言后 5 个工作日内答复，答复经审核后公开。\n\n"
    "请勿在留言中填写身份证号、住址等个人信息；涉及个人隐私的问题请选择“不公开”，答复只发到您的邮箱。"
    "投诉举报、信访事项请通过 12345 市民服务热线反映。"
)

# (days before today received, working days to answer or None, category, title, text,
#  name, unit, answer, private)
MESSAGES = [
    (
        80,
        2,
        "lending",
        "少儿借阅证怎么办理？",
        "孩子 8 岁，想在图书馆办一张自己的借阅证，需要带什么材料？可以在社区书屋办吗？",
        "王晓梅",
        "西城区第一图书馆",
        "您好！少年儿童可凭本人户口簿或身份证件，由家长陪同到西城区第一图书馆或第二图书馆总服务台免费办理读者证，押金已全部取消。\n\n社区书屋和书香驿站可以借还图书，但暂不能办证。办好的读者证在全区通借通还点都能使用。",
        False,
    ),
    (
        66,
        3,
        "spaces",
        "24 小时书房晚上几点关门？",
        "听说附近有 24 小时书房，请问是真的全天开放吗？需要预约吗？",
        "刘建国",
        "西城区第二图书馆",
        "您好！24 小时书房全天开放，无需预约，凭读者证或身份证件刷卡进入，自助借还。\n\n具体地址和当前是否开放，可在本站“阅读空间”中按“24 小时书房”筛选查看。节假日如有临时闭馆，会提前在页面上公告。",
        False,
    ),
    (
        52,
        1,
        "events",
        "周末的亲子阅读活动怎么报名？",
        "看到网站上有绘本共读活动，请问名额满了还能候补吗？",
        "陈思琪",
        "西城区第一图书馆",
        "您好！亲子阅读活动在活动页面报名，名额满后可登记候补，有人取消时按登记顺序通知。\n\n每场活动开始前一天会发送提醒，请合理安排时间，不能参加时请及时取消，把名额留给其他家庭。",
        False,
    ),
    (
        45,
        4,
        "books",
        "能推荐适合老年人的大字本图书吗？",
        "家里老人视力不好，想借一些大字本的书，图书馆有没有专门的书架？",
        "赵玉兰",
        "西城区第二图书馆",
        "您好！第二图书馆一层设有大字本和有声读物专区，可外借。我们也在“好书推荐”中整理了适合长辈阅读的书单。\n\n行动不便的读者可联系所在街道的社区书屋，由工作人员协助预约送书上门。",
        False,
    ),
    (
        38,
        5,
        "campaigns",
        "书香家庭评选需要提交什么材料？",
        "我们家想报名今年的书香家庭评选，请问需要准备哪些材料，截止时间是什么时候？",
        "孙立",
        "西城区文化和旅游局",
        "您好！书香家庭评选在“书香家庭”栏目报名，按页面提示填写家庭阅读情况，可附家庭阅读照片或读书笔记。\n\n各阶段的起止日期以活动页面公布为准，报名截止后进入评选和公示阶段，结果在光荣榜公布。",
        False,
    ),
    (
        30,
        7,
        "suggestion",
        "建议延长社区书屋周末开放时间",
        "我们社区书屋周末下午四点就关门了，上班族只有周末有空，能不能晚一点？",
        "周敏",
        "西城区文化和旅游局",
        "您好，感谢您的建议！我们已将您的意见转给所在街道。经协商，自下月起该社区书屋周六开放时间延长至 18:00，具体以阅读空间页面公布的开放时间为准。",
        False,
    ),
    (
        24,
        2,
        "lending",
        "借的书丢了怎么办？",
        "不小心把图书馆借的一本书弄丢了，需要怎么赔偿？",
        "吴海燕",
        "西城区第一图书馆",
        "您好！图书遗失请到任一图书馆总服务台办理，可购买同版本新书赔偿，或按馆藏规定折价赔偿。办理后读者证即可恢复正常借阅。",
        True,
    ),
    (
        17,
        3,
        "other",
        "网站能不能把字放大一些？",
        "手机上看字有点小，有没有办法放大？",
        "郑志强",
        "西城区文化和旅游局",
        "您好！本站每个页面顶部都有“大字”和“高对比”按钮，点一下即可放大文字，设置会保留在您的手机上。如仍有不便，欢迎继续留言告诉我们。",
        False,
    ),
    (
        10,
        2,
        "events",
        "读书分享会可以带朋友一起来吗？",
        "报名了下周的读书分享会，想带一位朋友，需要另外报名吗？",
        "冯雪",
        "西城区第二图书馆",
        "您好！每位参加者都需要单独报名，以便我们准备座位和资料。您的朋友可以在活动页面自行报名；名额已满时可以登记候补。",
        False,
    ),
]
# Waiting: received this many working days ago (the last one is past the 5-day deadline).
PENDING = [
    (0, "spaces", "新街口附近有没有书香驿站？", "想找个离家近的地方看书，新街口一带有吗？", "何静"),
    (
        4,
        "books",
        "能否增加一些科普类新书？",
        "孩子喜欢天文和恐龙，希望图书馆多采购这方面的新书。",
        "许文博",
    ),
    (
        8,
        "lending",
        "外区的读者证在西城能用吗？",
        "我的读者证是在东城区办的，能在西城区的图书馆借书吗？",
        "马丽",
    ),
]
FICTIONAL_MOBILES = ["13800000001", "13800000002", "13800000003", "13800000004"]


def received_at(ctx, workdays_ago, calendar, hour=10):
    day, left = ctx.today, workdays_ago
    while left > 0:
        day -= datetime.timedelta(days=1)
        if calendar.is_workday(day):
            left -= 1
    return ctx.at(day, hour, 15)


def load(ctx):
    ctx.section("留言咨询")
    index = ctx.page(
        ctx.home,
        ConsultationIndexPageFactory,
        "consultation",
        title="留言咨询",
        intro="对全民阅读服务有疑问或建议，请在这里留言。工作人员在 5 个工作日内答复，答复经审核后公开。",
        ask_notice=NOTICE,
    )
    ctx.translate(
        index,
        title="Questions and answers",
        intro="Questions from residents about reading services, and the answers of the units "
        "responsible (in Chinese). Ask in Chinese or English; we answer within 5 working days.",
        ask_notice="We answer questions about libraries, reading spaces, events, book "
        "recommendations and the scholarly-family selection within 5 working days. Please do "
        "not write ID numbers or addresses in your question.",
    )
    ctx.add_menu_item(index, "留言咨询")
    ctx.add_menu_item(index, "留言咨询", menu="footer_menu")
    calendar = WorkdayCalendar.load()
    for number, (days_ago, workdays, category, title, text, name, unit, body, private) in enumerate(
        MESSAGES
    ):
        if Message.objects.filter(title=title, is_sample=True).exists():
            continue
        received = ctx.at(ctx.days_from_today(-days_ago), 9 + number % 6, 20)
        message = Message.objects.create(
            category=category,
            title=title,
            text=text,
            name=name,
            mobile=FICTIONAL_MOBILES[number % len(FICTIONAL_MOBILES)],
            email=f"reader{number + 1}@example.org" if private else "",
            keep_private=private,
            received_at=received,
            consent_at=received,
            is_sample=True,
        )
        answered_on = calendar.add_workdays(received.date(), workdays)
        answer = Answer.objects.create(
            message=message, unit=unit, body=body, live=False, notified_at=received
        )
        publish_answer(answer, at=ctx.at(answered_on, 16, 30))
        ctx.counts["messages (answered)"] += 1
    for workdays_ago, category, title, text, name in PENDING:
        if Message.objects.filter(title=title, is_sample=True).exists():
            continue
        received = received_at(ctx, workdays_ago, calendar)
        Message.objects.create(
            category=category,
            title=title,
            text=text,
            name=name,
            mobile=FICTIONAL_MOBILES[workdays_ago % len(FICTIONAL_MOBILES)],
            received_at=received,
            consent_at=received,
            is_sample=True,
        )
        ctx.counts["messages (waiting)"] += 1
