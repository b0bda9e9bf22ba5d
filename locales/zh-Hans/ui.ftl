# Machine-drafted translation: needs review by a native speaker.
# The words of the interface. Variables are filled in by the game.

app-tagline = 在安全的环境里亲身体验，学会识别虚假招聘、诈骗园区和网络诈骗的危险信号。
narrator = 旁白
you = 你
# $minutes: how long a scenario takes
minutes = { $minutes }分钟
# $count: how many red flags a scenario teaches
redflag-count = { $count }个危险信号
content-note-title = 内容提示
content-note-leave = 你可以随时暂停或退出：输入 q（在游戏中按 q 键）。你的进度会保留。
press-enter = 按回车键继续。
# $count: the number of choices
choose-prompt = 请输入 1 到 { $count } 之间的数字，然后按回车键。
choose-invalid = 请输入 1 到 { $count } 之间的数字。
choose-quit-hint = （输入 q 退出。）
# $name: the red flag's short name
feedback-spotted = 你发现了一个危险信号：{ $name }
feedback-missed = 一个危险信号溜了过去：{ $name }
# $outcome: the name of the ending, like "Safe"
ending-title = 结局：{ $outcome }
debrief-title = 发生了什么，以及你这一路上遇到的危险信号：
# $spotted, $total: numbers of red flags
debrief-score = 在{ $total }个危险信号中，你发现了{ $spotted }个。每一个都是对很多人都管用的手法；认清它，就能保护自己。
debrief-none = 这条路线上你没有遇到危险信号。
debrief-spotted = 已发现
debrief-missed = 溜过
debrief-advice = 应该怎么做：
help-title = 去哪里求助
# $kind: the scenario's situation: job-abroad, held-abroad, scam-loss, family (any: the handbook)
help-always = { $kind ->
    [scam-loss] 如果你已经转了钱：立即给银行打电话，要求止付或追回款项，然后带着所有消息、账户和付款记录向警方网络犯罪部门或本国的反诈热线报案。任何声称收费帮你追回钱款的人都不要付钱：那是第二次诈骗。这不是你的错，和你信任的人谈一谈会有帮助。求助渠道：
    [held-abroad] 如果你或你认识的人被困在国外：把消息传给你的大使馆、国家热线或家人，说明你在哪里、那个地方叫什么、那里有多少人。诈骗园区附近的当地警察可能与老板有联系，所以请先联系这些渠道：
    [family] 如果你的家人被困在国外：不要独自转钱。先把每一条勒索要求、号码和消息交给大使馆或国家热线；他们能够采取行动，而不会让你的亲人更加危险。联系方式：
   *[other] 出国工作之前：先向本国的出国务工主管部门核实雇主和中介，绝不要交出护照，并把你要去哪里告诉你信任的人。如果你或你认识的人有危险，请联系你的大使馆或以下机构：
}
# $contact: a phone number or address
help-contact = 联系方式：{ $contact }
session-left = 你已退出。随时退出都没关系。请照顾好自己。
scenario-list-title = 情景：
# $count: the number of scenarios
scenario-pick = 选择一个情景：输入 1 到 { $count } 之间的数字，然后按回车键。
unknown-scenario = 没有这个情景。
no-scenarios = 没有可以玩的情景。

channel-facebook = Facebook
channel-instagram = Instagram
channel-tiktok = TikTok
channel-website = 网站
channel-jobsite = 招聘网站
channel-whatsapp = WhatsApp
channel-telegram = Telegram
channel-line = LINE
channel-wechat = 微信
channel-viber = Viber
channel-messenger = Messenger
channel-signal = Signal
channel-dating = 交友软件
channel-sms = 短信
channel-email = 电子邮件
channel-call = 电话
channel-in-person = 当面
channel-narration = 故事

outcome-safe = 安全
outcome-scammed = 被骗
outcome-paid = 付了钱，勒索却没有停
outcome-trafficked = 被拐卖
outcome-escaped = 逃脱
outcome-helped = 你帮助了别人

stage-advert = 招聘广告
stage-recruiter = 招聘人员
stage-travel = 出行与抵达
stage-compound = 园区内部
stage-target = 被诈骗的人

## The full-screen game

title-scenarios = 情景
# $title: a scenario's title
title-resume = 继续：{ $title }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
plain-resume-offer = 你上次在“{ $title }”中途离开了。输入 1 从离开的地方继续，或输入 2 开始新的。
resume-changed = 你暂停之后，这个情景已经改变，所以将从头重新开始。
# Draft translation by a helper (issue 20), to be reviewed by a translator.
reload-changed = 这个情景的文件已被修改，你所在的部分已不存在。选择它即可重新开始。
keys-title = ↑↓ 移动 · Enter 开始 · l 语言 · h 手册 · s 设置 · ? 帮助 · q 退出
keys-list = ↑↓ 移动 · Enter 选择 · Esc 返回
keys-play = ↑↓ 移动 · Enter 或 1-9 选择 · PgUp/PgDn 滚动 · ? 帮助 · q 离开
keys-continue = Enter 继续 · PgUp/PgDn 滚动 · ? 帮助 · q 离开
keys-typing = 任意键：显示全部 · q 离开
keys-scroll = ↑↓ PgUp PgDn 滚动 · Esc 返回
keys-debrief = ↑↓ 滚动 · r 换一条路线 · t 标题画面 · ? 帮助
keys-rewind = ↑↓ 移动 · Enter 回到这个选择 · Esc 取消
play-what-now = 你会怎么做？
play-continue = 继续
play-ending-continue = 看看发生了什么，以及你这一路上遇到的危险信号
play-feedback = 这个选择意味着什么
# $spotted, $missed: numbers of red flags so far
status-redflags = 危险信号：已发现{ $spotted }个 · 溜过{ $missed }个
debrief-rewind-title = 回到某个选择，试试另一条路线
handbook-title = 危险信号手册
handbook-locked = 未解锁：在情景中遇到这个危险信号后才能阅读
handbook-source = 来源：
# $met, $total: numbers of red flags
handbook-met = 在{ $total }个危险信号中，你已经遇到了{ $met }个。
language-title = 语言
language-status-complete = 已完成
language-status-reviewed = 已审校
language-status-machine-drafted = 机器初译，尚未审校
language-status-partial = 部分翻译
settings-title = 设置
# $name: the language's own name
settings-language = 语言：{ $name }
# $theme: theme-default or theme-high-contrast
settings-theme = 配色：{ $theme }
# $state: setting-on or setting-off
settings-typing = 聊天中的打字停顿：{ $state }
theme-default = 标准
theme-high-contrast = 高对比度
setting-on = 开
setting-off = 关
help-keys-title = 按键
help-keys =
    ↑ ↓ 或 j k      移动
    Enter 或 1-9    选择
    Enter 或空格    继续
    PgUp PgDn       滚动消息
    鼠标点击        选择、继续
    r               换一条路线（结局之后）
    l h s           语言、手册、设置（标题画面）
    q 或 Esc        离开（进度会保留）
    ?               本帮助
help-close = 按任意键关闭帮助。
confirm-leave = 要离开这个情景吗？你的进度会保留：可以在标题画面继续。
confirm-quit = 要退出 redflag 吗？
confirm-keys = y 是 · n 否
# $width, $height: the smallest window size
too-small = 请把窗口调大一些：至少 { $width } × { $height }。
errors-title = 内容有错误：请先修正，再回到标题画面
content-note-keys = Enter 开始 · Esc 返回
# $name: who sent the email
email-from = 发件人：{ $name }

## The discernment quiz

quiz-title-pre = 开始之前：是真的还是诈骗？
quiz-title-post = 玩过之后：是真的还是诈骗？
# $count: the number of items
quiz-intro = 你会看到{ $count }条简短的消息和广告。有些是真的，有些是诈骗。请对每一条说出你有多确定。没有时间限制。
# $n: this item's number; $count: how many
quiz-progress = 第{ $n }条，共{ $count }条
quiz-scale = 1 肯定安全 · 2 可能安全 · 3 也许安全 · 4 也许是诈骗 · 5 可能是诈骗 · 6 肯定是诈骗
quiz-prompt = 请输入 1 到 6 之间的数字，然后按回车键。
quiz-invalid = 请输入 1 到 6 之间的数字。
# $skill: high, some or low; $hits of $scams, $false_alarms of $genuine; $lean: all-scam, all-safe, suspicious, trusting or balanced
quiz-result = { $skill ->
    [high] 你很好地分辨出了诈骗和真实的机会：你给诈骗的评分比给真实信息的更高。
    [some] 你分辨出了一部分诈骗和真实的机会：你常常给诈骗更高的评分，但不是每次都这样。
   *[low] 这一次，分辨诈骗和真实的机会比较难：你的回答接近于猜测。
}你把 { $scams } 条诈骗中的 { $hits } 条判断为诈骗，也把 { $genuine } 条真实信息中的 { $false_alarms } 条判断为诈骗。{ $lean ->
    [all-scam] 你把所有信息都判断为诈骗。小心是好事，但这无法告诉你哪个机会是真的，而真正的工作和真正的帮助也是存在的。
    [all-safe] 你把所有信息都判断为安全。其中有些是诈骗：游戏里的危险信号能帮你认出它们。
    [suspicious] 你倾向于把信息判断为诈骗。小心是好事，但真正的工作和真正的帮助也是存在的。
    [trusting] 你倾向于把信息判断为安全：有些诈骗在你看来像是真的。
   *[balanced] 你没有偏向“安全”或“诈骗”任何一边。
}
quiz-review-title = 答案：
quiz-answer = { $n }. { $title }：{ $genuine ->
    [yes] 真实
   *[no] 诈骗
}。你的回答：{ $rating ->
    [1] 1，肯定安全
    [2] 2，可能安全
    [3] 3，也许安全
    [4] 4，也许是诈骗
    [5] 5，可能是诈骗
   *[6] 6，肯定是诈骗
}。

## Facilitator mode and the quiz in the full-screen game

facilitator-held = 大家的选择已经定了。先讨论一下，然后按 r 看看这个选择意味着什么。
facilitator-discuss = 讨论：
keys-held = r 揭晓 · ? 帮助 · q 离开
keys-play-facilitator = ↑↓ 移动 · Enter 或 1-9 选择 · c 统计全场 · ? 帮助 · q 离开
keys-quiz = 1-6 作答 · ↑↓ Enter · q 离开
keys-continue-only = Enter 继续 · ↑↓ 滚动
room-title = 给大家的问题
room-what-happened = 这个故事里发生了什么？谁得到了帮助，谁受到了伤害？
room-what-noticed = 一路上你注意到了什么？出现了哪些警告信号，又有哪些被忽略了？
room-what-would-you-do = 如果你收到这样的工作机会或消息，你会怎么做？你会劝朋友怎么做？
room-where-help = 在这里，今天，可以去哪里求助？（下面有名单。）
tally-title = 全场有多少人选了每一个选项？
keys-tally = ↑↓ 移动 · 输入数字 · Backspace · Enter 保存 · Esc 取消
# $state: setting-on or setting-off
settings-quiz = 每个情景前后的小测验：{ $state }

# The room (`redflag serve`).
# Machine-drafted translation: needs review by a native speaker.
room-goodbye-title = 谢谢你的参与
room-goodbye = 本次游戏已结束。你的选择已为小组讨论保存，不含你的名字。
room-goodbye-keys = 按任意键关闭。
room-wrong-code = 房间代码不正确。请查看房间前方显示的代码，然后重新连接。
room-full = 房间目前已满。请告诉主持人，一分钟后再试。
room-paused = 房间目前不接受新玩家。请告诉主持人。
room-participant-prompt = 输入主持人给你的参与者代码（例如 P07），然后按回车。不要输入你的名字。
room-participant-invalid = 代码只能包含字母、数字、- 或 _，例如 P07。请再试一次。
# Draft translation by a helper (issue 19), to be reviewed by a translator.
participant-looks-like-name = “{ $code }”看起来像一个名字。记录只保存像 P07 这样的代码，从不保存名字。请输入一个代码代替，或按 Enter 保留“{ $code }”。
# Draft translation by a helper (issue 19), to be reviewed by a translator.
room-participant-looks-like-name = “{ $code }”看起来像一个名字。本房间只保存像 P07 这样的代码，从不保存名字。请输入一个代码代替，或按 Enter 保留“{ $code }”。

# The room's web page (`redflag serve --web`): a phone or a browser joins with the room code.
web-title = redflag：房间
web-code-label = 房间代码
web-join = 加入
web-connecting = 正在连接…
web-closed = 本次游戏已结束。如要再玩一次，请按“加入”。
web-lost = 与房间的连接已断开。请检查 Wi-Fi，然后按“加入”。
web-terminal = 游戏
web-keys = 按键
web-key-1 = 选择 1
web-key-2 = 选择 2
web-key-3 = 选择 3
web-key-4 = 选择 4
web-key-enter = Enter：继续
web-key-up = 向上滚动
web-key-down = 向下滚动
web-key-help = 帮助：按键说明
web-key-leave = 离开情景

## The country picker
settings-country = 求助信息所属国家：{ $name }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
settings-keep-results = 在这台电脑上保存每次游戏的记录（用于工作坊报告）：{ $state }
country-title = 你的国家
country-first = 你住在哪里？游戏会显示你在那里能联系到的帮助：热线、主管机构、举报渠道。输入文字查找你的国家，或选择“其他国家”。之后可以在设置中更改。
country-filter = 查找：
country-none = 未选择
country-other = 其他国家（只显示面向所有人的帮助）
keys-country = 输入以查找 · ↑↓ 移动 · Enter 选择 · Esc 返回
# $sources: the sources of a red flag, short: "FBI, 2023; UNODC, 2024"
redflag-source = 来源：{ $sources }

## Country names, for the picker
country-au = 澳大利亚
country-cn = 中国
country-et = 埃塞俄比亚
country-id = 印度尼西亚
country-in = 印度
country-ke = 肯尼亚
country-kh = 柬埔寨
country-la = 老挝
country-lk = 斯里兰卡
country-my = 马来西亚
country-ng = 尼日利亚
country-np = 尼泊尔
country-ph = 菲律宾
country-th = 泰国
country-ug = 乌干达
country-us = 美国
country-vn = 越南

# Added with the player's screen (issue 21): machine-drafted, needs review.
more-above = ↑ 上面还有（PgUp）
more-below = ↓ 下面还有（PgDn）
press-enter-typed = （这里没有可选的，所以你输入的内容没有用到。故事继续。）
tally-shown = { $count ->
    [one] 房间里 1 人
   *[other] 房间里 { $count } 人
}
