"""Chinese, Japanese and Korean agency copy: table tests per rule (datelines, credit lines,
date lines, dates, agency names), whole stories through parse_text, and stories through
the real `wire parse` command.

Every story and line here is invented for these tests, in the shapes Xinhua, China News
Service, Kyodo, Jiji, Yonhap, Newsis and News1 copy takes.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from indexer import cjk, fields, normalize
from indexer.fields.dates import _date_parts
from indexer.fields.title import _nav_line
from indexer.pipeline import parse_text
from search_cli import cli
from tablerows import rows as _rows

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# (line, (dateline text, cities, agencies, reporters) or None, why)
DATELINES = [
    ("（中央社記者林志明台中8日電）市政府今天宣布新的停車措施。",
     ("（中央社記者林志明台中8日電）", ["台中"], ["CNA"], ["林志明"]),
     "CNA: the whole dateline in brackets, the reporter before the place"),
    ("（中央社記者陳文、林志明高雄5月8日電）港務公司今天表示。",
     ("（中央社記者陳文、林志明高雄5月8日電）", ["高雄"], ["CNA"], ["陳文", "林志明"]),
     "CNA: two reporters, the first set apart by its mark"),
    ("（中央社記者黃美玲嘉義2023年10月2日電）縣府今天公布新的觀光路線。",
     ("（中央社記者黃美玲嘉義2023年10月2日電）", ["嘉義"], ["CNA"], ["黃美玲"]),
     "CNA with the full year before the month"),
    ("（中央社記者吳家豪首爾12日專電）南韓政府今天公布新的住宅政策。",
     ("（中央社記者吳家豪首爾12日專電）", ["首爾"], ["CNA"], ["吳家豪"]),
     "CNA's correspondent abroad files a 'special cable', 專電"),
    ("【대구=뉴시스】박영호 기자 = 시는 새 버스 노선을 다음 달부터 운행한다고 밝혔다.",
     ("【대구=뉴시스】박영호 기자 =", ["대구"], ["Newsis"], ["박영호"]),
     "Newsis's older pages: the dateline in lenticular brackets"),
    ("【속보】 정부가 새 대책을 발표했다.", None, "...a label in those brackets is no dateline"),
    ("新华社南京2024年6月1日电 江苏省今天发布新的防汛预案。",
     ("新华社南京2024年6月1日电", ["南京"], ["Xinhua"], []), "the full year in an unbracketed dateline"),
    ("（中央社高雄8日電）港務公司今天表示，新碼頭下月啟用。",
     ("（中央社高雄8日電）", ["高雄"], ["CNA"], []), "CNA without a reporter"),
    ("新华社北京3月5日电（记者张明远、刘晓峰）河湾新区管委会5日宣布新计划。",
     ("新华社北京3月5日电（记者张明远、刘晓峰）", ["北京"], ["Xinhua"], ["张明远", "刘晓峰"]),
     "Xinhua, reporters in full-width brackets"),
    ("新华社北京3月5日电 （记者 张明远 刘晓峰） 河湾新区管委会5日宣布新计划。",
     ("新华社北京3月5日电 （记者 张明远 刘晓峰）", ["北京"], ["Xinhua"], ["张明远", "刘晓峰"]),
     "Xinhua, spaces between the names"),
    ("新华社华盛顿3月5日电 美国国会众议院4日通过一项临时拨款法案。",
     ("新华社华盛顿3月5日电", ["华盛顿"], ["Xinhua"], []), "Xinhua abroad, no reporter"),
    ("中新网北京3月5日电 (记者 王晓东) 北京市今年将新建十座社区图书馆。",
     ("中新网北京3月5日电 (记者 王晓东)", ["北京"], ["China News Service"], ["王晓东"]),
     "China News Service's site, half-width brackets"),
    ("中新社上海3月5日电 上海浦东新区5日举行了一场招聘会。",
     ("中新社上海3月5日电", ["上海"], ["China News Service"], []), "China News Service"),
    ("中通社香港6月3日電　香港天文台今日發出新的暴雨警告。",
     ("中通社香港6月3日電", ["香港"], ["HKCNA"], []), "Hong Kong China News Agency's dateline"),
    ("新華社香港3月5日電 香港特區政府5日公佈了新的交通措施。",
     ("新華社香港3月5日電", ["香港"], ["Xinhua"], []), "traditional characters"),
    ("本报北京3月5日电（记者 李文）国家图书馆新馆区5日开放。",
     ("本报北京3月5日电（记者 李文）", ["北京"], [], ["李文"]), "a paper's own correspondent"),
    ("新华社北京3月5日电（完）", ("新华社北京3月5日电", ["北京"], ["Xinhua"], []),
     "a bracket naming no reporter is not the dateline's"),
    ("新华社北京电视台今晚将播出一部纪录片。", None, "电 opening a word is no dateline"),
    ("【ワシントン共同】日米両政府は4日、港湾協力の強化で合意した。",
     ("【ワシントン共同】", ["ワシントン"], ["Kyodo"], []), "Kyodo"),
    ("【北京時事】中国政府は5日、新たな港湾計画を発表した。",
     ("【北京時事】", ["北京"], ["Jiji"], []), "Jiji"),
    ("【ソウル聯合ニュース】韓国の財務省は12日、新たな輸出支援策を発表した。",
     ("【ソウル聯合ニュース】", ["ソウル"], ["Yonhap"], []), "Yonhap's Japanese service signs its own lead"),
    ("【NQNロンドン＝木村直樹】4日のロンドン株式市場で株価指数は続伸した。",
     ("【NQNロンドン＝木村直樹】", ["ロンドン"], ["NQN"], ["木村直樹"]), "Nikkei QUICK News, its name before the place"),
    ("【ソウル共同＝山田太郎】韓国政府は5日、新たな住宅政策を発表した。",
     ("【ソウル共同＝山田太郎】", ["ソウル"], ["Kyodo"], ["山田太郎"]), "Kyodo, reporter after ＝"),
    ("【ロンドン＝佐藤花子】英政府は5日、鉄道の運賃を据え置くと発表した。",
     ("【ロンドン＝佐藤花子】", ["ロンドン"], [], ["佐藤花子"]), "a paper's own correspondent, Japanese"),
    ("【速報】首相が午後に記者会見を開く予定。", None, "a label in lenticular brackets"),
    ("【ロンドンAFP＝時事】英政府は2日、新たな鉄道計画を発表した。",
     ("【ロンドンAFP＝時事】", ["ロンドン"], ["AFP", "Jiji"], []),
     "a foreign agency's story Jiji carries: both agencies"),
    ("【ニューヨークAP＝共同】米市当局は3日、公園の改修を発表した。",
     ("【ニューヨークAP＝共同】", ["ニューヨーク"], ["AP", "Kyodo"], []), "the same, carried by Kyodo"),
    ("【ジャカルタ=共同】インドネシア政府は8日、新しい港の建設を承認した。",
     ("【ジャカルタ=共同】", ["ジャカルタ"], ["Kyodo"], []),
     "a paper running Kyodo's story: the agency after '=', where its own reporter's name goes"),
    ("(베를린 AP=연합뉴스) 박지민 기자 = 독일 정부는 새 철도 계획을 밝혔다.",
     ("(베를린 AP=연합뉴스) 박지민 기자 =", ["베를린"], ["AP", "Yonhap"], ["박지민"]),
     "a foreign agency's story Yonhap carries: the agency after the place"),
    ("(도쿄 교도=연합뉴스) 일본 정부는 4일 새 예산안을 발표했다.",
     ("(도쿄 교도=연합뉴스)", ["도쿄"], ["Kyodo", "Yonhap"], []), "the foreign agency in Hangul"),
    ("(서울 강남=뉴시스) 김철수 기자 = 구청은 새 주차장을 열었다.",
     ("(서울 강남=뉴시스) 김철수 기자 =", ["서울 강남"], ["Newsis"], ["김철수"]),
     "a district after the city is no agency"),
    ("(서울=연합뉴스) 홍길동 기자 = 서울시는 시내버스 노선 개편안을 발표했다.",
     ("(서울=연합뉴스) 홍길동 기자 =", ["서울"], ["Yonhap"], ["홍길동"]), "Yonhap"),
    ("(원산 8월 3일발 조선중앙통신) 해안가에 새 휴양소가 문을 열었다.",
     ("(원산 8월 3일발 조선중앙통신)", ["원산"], ["KCNA"], []), "KCNA: the place, the day 'issued from', the agency"),
    ("(원산 8월 3일발 어느 단체) 해안가에 새 휴양소가 문을 열었다.", None,
     "the same shape naming no agency is no dateline"),
    ("(워싱턴=연합뉴스) 김철수 특파원 = 미국 상무부는 새로운 규정을 발표했다.",
     ("(워싱턴=연합뉴스) 김철수 특파원 =", ["워싱턴"], ["Yonhap"], ["김철수"]), "Yonhap correspondent"),
    ("[서울=뉴시스]홍길동 기자 = 정부가 내년 예산안 편성 지침을 확정했다.",
     ("[서울=뉴시스]홍길동 기자 =", ["서울"], ["Newsis"], ["홍길동"]), "Newsis, square brackets"),
    ("(서울=뉴스1) 이영희 기자 = 국회는 5일 본회의를 열었다.",
     ("(서울=뉴스1) 이영희 기자 =", ["서울"], ["News1"], ["이영희"]), "News1"),
    ("(서울·세종=연합뉴스) 홍길동 김철수 기자 = 정부는 물가 대책을 내놓았다.",
     ("(서울·세종=연합뉴스) 홍길동 김철수 기자 =", ["서울", "세종"], ["Yonhap"], ["홍길동", "김철수"]),
     "two places, two reporters"),
    ("(광주=연합뉴스) 朴正浩기자 = 시는 새 시내버스 노선을 다음달 연다고 밝혔다.",
     ("(광주=연합뉴스) 朴正浩기자 =", ["광주"], ["Yonhap"], ["朴正浩"]),
     "a 1990s byline in hanja, glued to its 기자"),
    ("(서울=연합뉴스) 정부는 5일 새로운 주택 공급 계획을 내놓았다.",
     ("(서울=연합뉴스)", ["서울"], ["Yonhap"], []), "Yonhap without a byline"),
    ("[부산=뉴시스]김사진 기자 = 5일 부산항에 컨테이너가 쌓여 있다. 2024.03.05. photo@newsis.com",
     None, "a photo's caption in the dateline's shape"),
    ("(사진=연합뉴스) 5일 서울 도심에 눈이 내렸다.", None, "a photo credit is no place"),
    ("路透上海6月3日 - 上海港上月集装箱吞吐量创新高。",
     ("路透上海6月3日", ["上海"], ["Reuters"], []), "Reuters Chinese: a dash where Xinhua writes 电"),
    ("路透上海发布新规", None, "no day before the dash: a sentence about Reuters, no dateline"),
    ("［大阪　３日　ロイター］ - 関西の百貨店売上高が増えた。",
     ("［大阪\u3000３日\u3000ロイター］ -", ["大阪"], ["Reuters"], []),
     "Reuters Japanese: place, day in full-width digits and agency in square brackets"),
    # Kyodo as regional papers print it: the day between the place and the agency
    ("【ロンドン7日共同】英中央銀行は7日、政策金利を据え置いた。",
     ("【ロンドン7日共同】", ["ロンドン"], ["Kyodo"], []), "Kyodo with the day after the place"),
    ("【ソウル１２日共同＝田中一郎】韓国の国会は12日、予算案を可決した。",
     ("【ソウル１２日共同＝田中一郎】", ["ソウル"], ["Kyodo"], ["田中一郎"]),
     "Kyodo: day in full-width digits, then the reporter"),
    ("【カイロ3日ＡＦＰ＝時事】エジプト政府は3日、運河の通航料を改めた。",
     ("【カイロ3日ＡＦＰ＝時事】", ["カイロ"], ["AFP", "Jiji"], []),
     "a foreign agency in full-width letters after the day"),
    ("【12日】市議会は予算案を可決した。", None, "a day alone in lenticular brackets is no dateline"),
    # full-width digits, as archives of the 1990s keep Xinhua's copy
    ("新华社广州６月１１日电（记者林海涛）广东省今天公布了新的港口规划。",
     ("新华社广州６月１１日电（记者林海涛）", ["广州"], ["Xinhua"], ["林海涛"]),
     "Xinhua with full-width digits, the dateline's text kept as written"),
    # foreign agencies' Chinese names, the day in Chinese numerals (Taiwan papers)
    ("（法新社柏林二十一日電）德國政府今天宣布新的鐵路投資計畫。",
     ("（法新社柏林二十一日電）", ["柏林"], ["AFP"], []), "AFP in a Taiwan paper, day in Chinese numerals"),
    ("（美聯社東京五日電）日本政府五日公布新的能源政策。",
     ("（美聯社東京五日電）", ["東京"], ["AP"], []), "AP, a one-character day"),
    ("（路透社倫敦十二月三十日電）英國央行表示。",
     ("（路透社倫敦十二月三十日電）", ["倫敦"], ["Reuters"], []),
     "Reuters under its full Chinese name: month and day in Chinese numerals"),
    ("（韓聯社首爾電）南韓政府今天表示。",
     ("（韓聯社首爾電）", ["首爾"], ["Yonhap"], []), "no day: the closing bracket ends the dateline"),
    ("共同社东京3月5日电 日本政府5日决定追加预算。",
     ("共同社东京3月5日电", ["东京"], ["Kyodo"], []), "mainland copy opening with Kyodo's dateline"),
    ("法新社报道称，当地电力供应已经恢复。", None, "the agency's name opening a sentence"),
    # Yonhap before 1998: hanja place, 聯合, a hanja name run into 기자
    ("(光州=聯合) 朴成浩기자 = 시는 새 버스 노선을 발표했다.",
     ("(光州=聯合) 朴成浩기자 =", ["光州"], ["Yonhap"], ["朴成浩"]), "Yonhap in the 1990s, hanja"),
    ("(부산=연합) 항만청은 새 부두를 열었다.",
     ("(부산=연합)", ["부산"], ["Yonhap"], []), "Yonhap's old short name in Hangul"),
    ("(東京=共同) 日本政府は発表した。", None, "hanja place with no Korean agency and no byline"),
    ("中央社記者林志豪台東12日電",
     ("（中央社記者林志豪台東12日電）", ["台東"], ["CNA"], ["林志豪"]),
     "CNA's dateline without its brackets, as a record's byline field holds it: the reporter apart from the place"),
    ("（中央社柏林3日綜合外電報導）德國政府今天宣布。",
     ("（中央社柏林3日綜合外電報導）", ["柏林"], ["CNA"], []),
     "CNA compiling foreign wires: 'compiled foreign-wire report' in the place of 電"),
    ("（怡保7日讯）霹雳州政府昨日宣布新措施。",
     ("（怡保7日讯）", ["怡保"], [], []), "a Malaysian Chinese paper's own dateline: place, day and 讯, no agency"),
    ("（上海综合电）上海市政府星期一宣布新措施。",
     ("（上海综合电）", ["上海"], [], []), "a Singapore paper's roundup from the wires: no day, 'compiled' before 电"),
    ("（本报讯）市政府星期一宣布新措施。", None, "the paper's own word in the bracket: no place"),
    ("（王大明电）他说事情已经解决。", None, "a bracket of a name and 电 without a day is no dateline"),
    ("澳門，11月2日（葡新社）－特區政府今日公布新措施。",
     ("澳門，11月2日（葡新社）－", ["澳門"], ["Lusa"], []),
     "Lusa's Chinese service keeps the Western shape: place, comma, day, agency in brackets, dash"),
    ("柏林，6月14日（法新社）—德國政府今日表示。",
     ("柏林，6月14日（法新社）—", ["柏林"], ["AFP"], []), "...AFP's, an em dash"),
    ("今天，6月14日（星期五）－天氣晴朗。", None, "...a weekday in the brackets is no agency"),
]


@_rows(DATELINES)
def test_cjk_dateline(text, expected, why):
    got = fields.parse_dateline(text)
    assert (None if got is None else (got.text, got.cities, got.agencies, got.reporters)) == expected


def test_cjk_dateline_gives_its_month_and_day():
    assert fields.parse_dateline("新华社北京3月5日电 会议开幕。").month_day == (3, 5)
    assert fields.parse_dateline("新华社北京３月５日电 会议开幕。").month_day == (3, 5)
    assert cjk.parse_dateline("（法新社巴黎三月五日電）會議開幕。").month_day is None


def test_cjk_dateline_rules_leave_latin_and_cyrillic_lines_alone():
    assert not cjk.LEAD_RE.match("SEOUL (Reuters) - Talks resumed.")
    assert not cjk.LEAD_RE.match("МОСКВА, 5 марта. /ТАСС/. Правительство одобрило план.")
    assert fields.parse_dateline("SEOUL (Reuters) - Talks resumed.").certain is False


# (line, (credits, agencies) or None, why)
CREDIT_LINES = [
    ("（完）", ({}, []), "Xinhua's end mark"),
    ("（時事通信外信部　小川真理）", ({"reporters": ["小川真理"]}, ["Jiji"]),
     "a Jiji signature naming its desk before the writer: the desk is no part of the name"),
    ("（共同通信盛岡支局　菅原由紀）", ({"reporters": ["菅原由紀"]}, ["Kyodo"]),
     "a Kyodo signature naming a place's bureau before the writer"),
    ("（共同通信 阿部正人）", ({"reporters": ["阿部正人"]}, ["Kyodo"]),
     "a family name ending in 部 is no desk"),
    ("(끝)", ({}, []), "Korean end mark"),
    ("【责任编辑：赵丽华】", ({"editors": ["赵丽华"]}, []), "editor in lenticular brackets"),
    ("责任编辑：陈静", ({"editors": ["陈静"]}, []), "editor, bare"),
    ("责任编辑：王海燕_NB2051", ({"editors": ["王海燕"]}, []),
     "a portal's desk code glued to the editor's name by an underscore"),
    ("责任编辑：王海燕_report", None, "an underscore before a word, not a code, is no editor's credit"),
    ("（编辑 周强 吴敏）", ({"editors": ["周强", "吴敏"]}, []), "two editors"),
    ("（完）【责任编辑：赵丽华】", ({"editors": ["赵丽华"]}, []), "end mark and editor on one line"),
    ("【纠错】 【责任编辑：孙立新】", ({"editors": ["孙立新"]}, []),
     "a page's error-report link, then the editor, on one line"),
    ("【纠错】", ({}, []), "the error-report link alone is no story text"),
    ("【打印】【关闭】\u3000\u3000责任编辑：\u3000张海燕", ({"editors": ["张海燕"]}, []),
     "xinhuanet's old print and close buttons before the editor on one line"),
    ("来源：新华社", ({}, ["Xinhua"]), "source line"),
    ("來源：中新社", ({}, ["China News Service"]), "source line, traditional"),
    ("（共同通信記者 山田太郎）", ({"reporters": ["山田太郎"]}, ["Kyodo"]), "Kyodo byline"),
    ("（共同通信外信部・中村あかね）", ({"reporters": ["中村あかね"]}, ["Kyodo"]),
     "Kyodo's byline with the desk's name and a middle dot before the person"),
    ("(時事通信社ワシントン特派員 佐藤花子)", ({"reporters": ["佐藤花子"]}, ["Jiji"]), "Jiji byline with desk"),
    ("홍길동 기자 gildong@yna.co.kr", ({"reporters": ["홍길동"]}, ["Yonhap"]), "Yonhap signature"),
    ("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", ({}, ["Yonhap"]), "Yonhap copyright"),
    ("3月5日，游客在公园里赏花。新华社记者 张一鸣 摄", ({"photographers": ["张一鸣"]}, ["Xinhua"]),
     "photo credit closing a caption"),
    ("(사진=연합뉴스)", ({}, []), "Korean photo label"),
    ("（共同）", ({}, ["Kyodo"]), "Kyodo's short name alone in brackets, closing a paper's story"),
    ("(時事)", ({}, ["Jiji"]), "Jiji's, half-width brackets"),
    ("（新华社）", ({}, ["Xinhua"]), "an agency's full name alone in brackets"),
    ("（共同で）", None, "the word for 'joint' in a bracket of prose is no agency"),
    ("（记者 周强；编辑 吴敏）", ({"reporters": ["周强"], "editors": ["吴敏"]}, []),
     "Reuters Chinese trailer: each role before its name"),
    ("（記者：山田太郎、編集：佐藤花子）", ({"reporters": ["山田太郎"], "editors": ["佐藤花子"]}, []),
     "Reuters Japanese trailer, colons after the roles"),
    ("（中村美咲\u3000編集：高橋誠）", ({"reporters": ["中村美咲"], "editors": ["高橋誠"]}, []),
     "Reuters Japan: the writer unlabelled, a full-width space, then the editor's role"),
    ("（市は来月から運賃を改定すると発表 編集：高橋誠）", None, "prose before the editor's role is no writer"),
    ("（记者 会议由市政府主办，持续三天）", None, "a role word before prose is no credit"),
    ("（編輯：林志偉）1131105", ({"editors": ["林志偉"]}, []),
     "CNA's editor bracket on a line of its own, the story's ROC-calendar code after it"),
    ("（記者林志偉）1131105", ({"reporters": ["林志偉"]}, []), "a reporter's bracket before the code"),
    ("會議（第三次）1131105", None, "a bracket inside words, then figures: no credit"),
    ("会议由市政府主办，持续三天。", None, "story text"),
    ("정부는 5일 새 계획을 밝혔다.", None, "Korean story text"),
    ("（記者＝佐藤健一、編集＝高橋由美）", ({"reporters": ["佐藤健一"], "editors": ["高橋由美"]}, []),
     "a Japanese paper's closing bracket, an equals sign after each role"),
    ("（文＝高木直人、写真＝森田彩、編集＝原田修）",
     ({"reporters": ["高木直人"], "photographers": ["森田彩"], "editors": ["原田修"]}, []),
     "a Japanese paper's closing bracket of three roles, each label closed by an equals sign"),
    ("（文・高木直人、写真・森田彩）", ({"reporters": ["高木直人"], "photographers": ["森田彩"]}, []),
     "...two roles closed by middle dots: no one name runs on into the next role"),
    ("写真：森田彩（共同）\u3000式典で演説する市長＝3日、大阪市", ({"photographers": ["森田彩"]}, ["Kyodo"]),
     "Kyodo's photo credit opening its caption, the agency in brackets"),
    ("写真：市役所提供（共同）", None, "...a handout's source there is no photographer"),
    ("市區道路拓寬工程完工。（中央社記者林志偉攝 113年5月2日）", ({"photographers": ["林志偉"]}, ["CNA"]),
     "CNA's photo credit closing a caption, the day after it in ROC years"),
    ("(사진=김태윤 기자)", ({"photographers": ["김태윤"]}, []), "a Korean photo label before the reporter who took it"),
    ("(사진=김태윤·박소연 기자)", ({"photographers": ["김태윤", "박소연"]}, []), "...two of them"),
    ("渡轮停靠在码头旁，乘客排队上船。（黄志伟摄）", ({"photographers": ["黄志伟"]}, []),
     "a Singapore or Malaysian caption closed by the name alone and 摄 in brackets"),
    ("（郑美华、许国良攝）", ({"photographers": ["郑美华", "许国良"]}, []), "...two names, traditional 攝"),
    ("（中新社摄）", None, "...an agency's name before 摄 is no photographer"),
    ("本报记者  韦丽萍", ({"reporters": ["韦丽萍"]}, []), "a paper's byline on its own line: 'our reporter', the name"),
    ("新华社记者 钟国平 严丽", ({"reporters": ["钟国平", "严丽"]}, ["Xinhua"]), "...an agency's, two names"),
    ("本报记者从多个部门了解到", None, "...a sentence after the word is no name"),
    ("报道：韦丽萍", ({"reporters": ["韦丽萍"]}, []), "a Malaysian paper's 'reported by' label on its own line"),
    ("（美联社/德新社）", ({}, ["AP", "dpa"]), "a roundup closed by the agencies it drew on, joined by a slash"),
    ("（譯者：陳思妤/核稿：林國棟）", ({"translators": ["陳思妤"], "editors": ["林國棟"]}, []),
     "CNA's translated story: the translator, a slash, then 'copy checked by', its editor"),
    ("（记者 周海宁；编译 孙雅琳；审校 马立军）",
     ({"reporters": ["周海宁"], "translators": ["孙雅琳"], "editors": ["马立军"]}, []),
     "Reuters' Chinese bracket with a translator's role ('compiled and translated'), no name of it"),
    ("부산 해운대 해수욕장에서 시민들이 산책하고 있다. (사진=김태윤 기자)", ({"photographers": ["김태윤"]}, []),
     "a Korean caption closed by its photo label's bracket"),
]


@_rows(CREDIT_LINES)
def test_cjk_credit_line(text, expected, why):
    assert cjk.read_credit_line(text) == expected


# (last paragraph, the credits of its closing bracket or None, why)
TRAILING_CREDITS = [
    ("市府表示，新路線下月啟用。（編輯：吳美玲）1140308", ({"editors": ["吳美玲"]}, []),
     "CNA: the editor's bracket closing the paragraph, the story's code after it"),
    ("市府表示，新路線下月啟用。（編輯：吳美玲）", ({"editors": ["吳美玲"]}, []), "without the code"),
    ("市府表示，新路線（第二期）下月啟用", None, "a bracket inside the sentence is no credit"),
    ("市府表示，新路線下月啟用。（編輯：吳美玲）870412", ({"editors": ["吳美玲"]}, []),
     "CNA's code in the 1990s: a two-digit ROC year, six digits in all"),
    ("市は来月から運賃を改定すると発表した。（共同）", ({}, ["Kyodo"]),
     "a Japanese paper's story closed by Kyodo's short name"),
]


@_rows(TRAILING_CREDITS)
def test_cjk_trailing_credit(text, expected, why):
    found = cjk.trailing_credit(text)
    assert (found[0] if found else None) == expected


def test_a_copyright_word_above_the_copy_may_be_a_headline():
    assert cjk.read_credit_line("著作権法の改正案を閣議決定", in_body=False) is None


# ((text, language), ISO string, why)
DATES = [
    (("2024年3月5日 14:32", "zh"), "2024-03-05T14:32:00", "Chinese date, clock time"),
    (("2024年3月5日 14時32分", "ja"), "2024-03-05T14:32:00", "Japanese time words"),
    (("2024年03月05日 14时32分", "zh"), "2024-03-05T14:32:00", "Chinese time words"),
    (("2024년 03월 05일 14시 32분", "ko"), "2024-03-05T14:32:00", "Korean date and time words"),
    (("입력 2024.03.05. 14:32", "ko"), "2024-03-05T14:32:00", "Korean dotted date"),
    (("2024/03/05 14:32", "ja"), "2024-03-05T14:32:00", "Japanese slashed date"),
    (("2024.03.05 오후 2:32", "ko"), "2024-03-05T14:32:00", "afternoon word"),
    (("2024年3月5日 午前9時5分", "ja"), "2024-03-05T09:05:00", "morning word"),
    (("2024.03.05 14:32 KST", "ko"), "2024-03-05T14:32:00+09:00", "Korean zone"),
    (("2024年3月5日", "zh"), "2024-03-05", "a day alone"),
    (("2024年2月30日", "zh"), None, "no such day"),
    (("2025年2月4日 週二 下午3:05", "zh"), "2025-02-04T15:05:00", "a weekday between the date and a p.m. time"),
    (("2025年2月4日 週二 上午11:40", "zh"), "2025-02-04T11:40:00", "...and an a.m. one"),
    (("2021年6月9日 下午4点15分", "zh"), "2021-06-09T16:15:00", "Chinese 'o'clock' (点) after the afternoon word"),
    (("2021年6月9日 10點05分", "zh"), "2021-06-09T10:05:00", "...its traditional form (點)"),
    (("2023/11/02 18:45（日本時間）", "ja"), "2023-11-02T18:45:00+09:00", "Japan's time named in brackets: its offset"),
    (("2023年11月2日 18:45（北京时间）", "zh"), "2023-11-02T18:45:00+08:00", "...Beijing's"),
]


@_rows(DATES)
def test_cjk_parse_date(text, expected, why):
    assert normalize.parse_date(*text) == expected


# (line, [(kind, text)] or None, why)
DATE_LINES = [
    ("2024年3月5日 14:32", [("date", "2024年3月5日 14:32")], "Chinese date line"),
    ("2024年3月5日 14時32分", [("date", "2024年3月5日 14時32分")], "Japanese date line"),
    ("2024-03-05 14:32:00 来源：新华网", [("date", "2024-03-05 14:32:00")], "date and source"),
    ("来源：新华社 2024-03-05 14:32", [("date", "2024-03-05 14:32")], "source, then date"),
    ("入力 2024.03.05. 14:32", None, "an unknown word before the date"),
    ("입력 2024.03.05. 14:32 수정 2024.03.05. 15:10",
     [("published", "입력 2024.03.05. 14:32"), ("updated", "수정 2024.03.05. 15:10")], "Korean two dates"),
    ("기사입력 2024-03-05 14:32 | 최종수정 2024-03-05 15:10",
     [("published", "기사입력 2024-03-05 14:32"), ("updated", "최종수정 2024-03-05 15:10")], "with a bar"),
    ("发布时间：2024-03-05 14:32", [("published", "发布时间：2024-03-05 14:32")], "Chinese published word"),
    ("2024年3月5日 14時32分 更新", [("updated", "2024年3月5日 14時32分")], "Japanese word after the date"),
    ("2024年3月5日，会议在北京开幕。", None, "a sentence with a date"),
    ("2025/03/08 09:10（03/08 11:20 更新）",
     [("published", "2025/03/08 09:10"), ("updated", "更新 2025/03/08 11:20")],
     "CNA: the update in brackets, its month and day without the year"),
    ("2025年2月4日 星期二 上午9:05", [("date", "2025年2月4日 星期二 上午9:05")],
     "a weekday written out after the date, not in brackets, then a morning time"),
    ("2025年2月4日 火曜日", [("date", "2025年2月4日 火曜日")], "a Japanese weekday after the date"),
    ("【新华社 1998-07-02】", [("date", "1998-07-02")], "an archive record's header: the agency, its date, in brackets"),
    ("[연합뉴스 1995-11-20 09:05]", [("date", "1995-11-20 09:05")], "...with a time, in square brackets"),
    ("【北京日报 1998-07-02】", None, "a name in the brackets that is no agency's is no date line's"),
    ("2016年8月9日 / 09:25", [("date", "2016年8月9日 / 09:25")],
     "Reuters Japan's pages: the time after a slash is the date's"),
    ("2019-11-04 | 18:07", [("date", "2019-11-04 | 18:07")], "...or after a bar"),
    ("2019年11月4日 / 東京", None, "a slash before a place is no time's"),
    ("2015/04/02 08:20 【共同通信】", [("date", "2015/04/02 08:20")],
     "a Japanese portal's stamp, the agency after it in lenticular brackets"),
    ("2015/04/02 08:20 【地域ニュース】", None, "...a name in them that is no agency's is no date line's"),
    ("2021年6月9日 / 下午4点15分 / 5小时前", [("date", "2021年6月9日 / 下午4点15分")],
     "a page's age of the story after its stamp (5 hours ago) dates nothing"),
    ("2021/06/09 16:15 | 2시간 전", [("date", "2021/06/09 16:15")], "...nor in Korean after a bar"),
    ("2023/11/02 18:45（日本時間）", [("date", "2023/11/02 18:45（日本時間）")],
     "a stamp with the capital's local time named in brackets after it"),
    ("[뉴시스] 2016-05-03 17:40 송고", [("published", "2016-05-03 17:40")],
     "the agency alone in its brackets before the date and the word for 'sent'"),
    ("发布/2019年11月2日 08:15 PM · 更新/2019年11月2日 11:40 PM",
     [("published", "发布/2019年11月2日 08:15 PM"), ("updated", "· 更新/2019年11月2日 11:40 PM")],
     "a Singapore Chinese page's two stamps on a 12-hour clock in Latin letters"),
]


@_rows(DATE_LINES)
def test_cjk_date_line(text, expected, why):
    assert _date_parts(text) == expected


def test_a_source_on_a_date_line_names_the_agency_before_or_after_the_date():
    for line in ("2024-03-05 14:32:00 来源：新华网", "来源：新华社 2024-03-05 14:32"):
        assert cjk.source_agencies(line) == ["Xinhua"], line
    head = parse_text("港口吞吐量创新高\n来源：中新社 2024年03月05日 09:15\n"
                      "天津港5日发布的数据显示，今年前两个月吞吐量继续增长。\n")
    assert (head.title, head.published, head.agencies) == (
        "港口吞吐量创新高", "2024-03-05T09:15:00", ["China News Service"])


# (name as written, canonical, why)
AGENCY_NAMES = [
    ("新华社", "Xinhua", "Xinhua, simplified"),
    ("新華社", "Xinhua", "Xinhua, traditional"),
    ("中国新闻社", "China News Service", "China News Service"),
    ("共同通信", "Kyodo", "Kyodo"),
    ("時事通信社", "Jiji", "Jiji"),
    ("연합뉴스", "Yonhap", "Yonhap"),
    ("뉴시스", "Newsis", "Newsis"),
    ("뉴스1", "News1", "News1"),
    ("香港中通社", "HKCNA", "Hong Kong China News Agency, under its Latin initials"),
    ("中通社", "HKCNA", "Hong Kong China News Agency's short name, not China News Service"),
]


@_rows(AGENCY_NAMES)
def test_cjk_agency_names(text, expected, why):
    assert normalize.normalize_agency(text) == expected


# (line, whether it may be a menu item, why)
NAV_LINES = [
    ("国际", True, "a Chinese menu item"),
    ("ニュース", True, "a Japanese menu item"),
    ("日米外相、港湾協力を確認", False, "a short Japanese headline is no menu item"),
    ("서울 시내버스 노선 개편", False, "a Korean headline of a few words"),
    ("Top News", True, "Latin menu items as before"),
]


@_rows(NAV_LINES)
def test_cjk_nav_line(text, expected, why):
    assert _nav_line(text) is expected


# -- whole stories ----------------------------------------------------------------------------

XINHUA_PAGE = """河湾新区启动春季植树活动

2024年3月5日 14:32

新华社北京3月5日电（记者张明远、刘晓峰）河湾新区管委会5日宣布，今年春季将在沿河地带种植各类树苗三万余株，并新建两处社区公园。

据介绍，植树活动将持续到四月底，周边居民可以通过网上报名参加志愿服务。

（完）

【责任编辑：赵丽华】
"""

CNS_PAGE = """城际铁路新线路下月试运行
2024-03-05 14:32:00 来源：中新网
中新网北京3月5日电 (记者 王晓东) 记者5日从铁路部门获悉，连接两座城市的新城际线路将于下月开始试运行，全程用时约四十分钟。
铁路部门表示，试运行期间将逐步增加班次，并根据客流调整票价。
责任编辑：陈静
"""

KYODO_PAGE = """日米外相が電話会談、港湾協力を確認
2024年3月5日 14時32分
【ワシントン共同＝山田太郎】日米両政府の外相は4日、電話で会談し、港湾の整備に関する協力を続けることを確認した。
両氏は来月にも対面での会談を行う方向で調整している。
"""

JIJI_PAGE = """中国、新たな港湾計画を発表
2024/03/05 14:32
【北京時事】中国政府は5日、沿岸部の港湾整備に関する新たな計画を発表した。
計画は今後5年間で複数の港を拡張する内容となっている。
（共同通信記者 佐藤花子）
"""

KYODO_CLOSING_PAGE = """函館市、路面電車の運賃を改定へ
2024年6月3日 17:05
　函館市は3日、市電の運賃を来年4月から20円引き上げると発表した。燃料費と人件費の上昇が理由だという。
　市によると、値上げは12年ぶりとなる。（共同）
"""

REUTERS_JA_PAGE = """港湾使用料、来年度から引き上げへ
2024年3月5日 / 14:32
［横浜　５日　ロイター］ - 横浜市は５日、港湾の使用料を来年度から引き上げると発表した。設備の更新費用を賄うためだという。
市によると、引き上げ幅は平均で５％程度となる見通し。
（中村美咲　編集：高橋誠）
"""

CNA_CODE_LINE_PAGE = """花蓮新增一條觀光鐵道路線
2024/11/5 10:20（11/5 12:05 更新）
（中央社記者李俊宏花蓮5日電）台鐵今天宣布，花蓮新增一條觀光鐵道路線，假日每天兩班。
台鐵表示，車票將於下週開放預訂。

（編輯：林志偉）1131105
"""

CNA_FULL_YEAR_PAGE = """嘉義新增兩條觀光公車路線
2023/10/02 11:20
（中央社記者黃美玲嘉義2023年10月2日電）嘉義縣政府今天宣布，新增兩條觀光公車路線，串聯山區景點。
縣府表示，新路線週末每小時一班。（編輯：吳美玲）1121002
"""

YONHAP_PAGE = """시내버스 노선 개편안 다음달 시행
입력 2024.03.05. 14:32 수정 2024.03.05. 15:10
(서울=연합뉴스) 홍길동 기자 = 서울시는 시내버스 노선 개편안을 다음 달부터 시행한다고 5일 밝혔다.
시는 출퇴근 시간대 배차 간격을 줄이고 일부 노선을 새로 만들 계획이다.
gildong@yna.co.kr
<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>
"""

NEWSIS_PAGE = """항만 물동량 3년 만에 최대
2024년 03월 05일 14시 32분
[부산=뉴시스]김사진 기자 = 5일 부산항 신선대부두에 컨테이너가 쌓여 있다. 2024.03.05. photo@newsis.com
[부산=뉴시스]박철민 기자 = 부산항의 지난달 컨테이너 물동량이 3년 만에 가장 많았던 것으로 나타났다.
부산항만공사는 환적 화물이 크게 늘었다고 5일 밝혔다.
<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>
"""

NEWS1_NO_TITLE = """(서울=뉴스1) 이영희 기자 = 국회는 5일 본회의를 열고 지역 교통 지원법 개정안을 통과시켰다.
개정안은 농어촌 지역의 대중교통 지원을 늘리는 내용을 담고 있다.
2024-03-05 16:05
"""

XINHUA_TRAD_NO_TITLE = """新華社香港3月5日電 （記者 陳美玲）香港特區政府5日公佈了新的過海隧道收費方案，將於下月起實施。
政府表示，新方案旨在紓緩繁忙時段的交通擠塞。
（完）
"""

KYODO_DAY_PAGE = """2024年（令和6年）6月8日　土曜日　　　　北海新報　　　　５

ロンドン市、渋滞税を引き上げ

【ロンドン7日共同】英ロンドン市は7日、中心部に乗り入れる車に課す渋滞税を来年から引き上げると発表した。

市によると、税収は路線バスの増便に充てる。
"""

XINHUA_FULLWIDTH_PAGE = """【新华社 1998-06-11】
广东公布新港口规划
　　新华社广州６月１１日电（记者林海涛）广东省今天公布了新的港口规划，沿海五座港口将在三年内完成扩建。
　　规划提出，新建码头将优先用于集装箱运输。
（完）
"""

AFP_TAIWAN_PAGE = """柏林加碼鐵路投資

（法新社柏林二十一日電）德國政府今天宣布，未來五年將增加鐵路投資，用於更新老舊路段與車站。

交通部長表示，新計畫將優先改善東部地區的路網。
"""

YONHAP_HANJA_PAGE = """光州 시내버스 노선 전면 개편

(光州=聯合) 朴成浩기자 = 광주시는 다음 달부터 시내버스 노선을 전면 개편한다고 9일 밝혔다.

시는 배차 간격이 긴 노선을 줄이고 지하철역을 잇는 노선을 새로 만들 계획이다.
(끝)
"""

# A news portal's copy of a Xinhua story: the editor's name carries the portal's desk code.
PORTAL_CODE_PAGE = """长江航道春季疏浚工程启动
2024-04-02 09:15:00　来源: 新华社
新华社武汉4月2日电（记者 郑文涛）长江航道管理部门2日表示，今年春季疏浚工程已在中游多个浅滩段同步展开。
据介绍，工程预计五月底完工，届时万吨级船舶可全年通行。
责任编辑：王海燕_NB2051
"""

# (name, text, expected fields, why)
STORIES = [
    ("xinhua-zh.txt", XINHUA_PAGE, dict(
        title="河湾新区启动春季植树活动", published="2024-03-05T14:32:00", updated=None,
        agencies=["Xinhua"], dateline="新华社北京3月5日电（记者张明远、刘晓峰）", cities=["北京"],
        reporters=["张明远", "刘晓峰"], editors=["赵丽华"], language="zh"),
     "Xinhua page: date line, dateline with reporters, end mark and editor"),
    ("cns-zh.txt", CNS_PAGE, dict(
        title="城际铁路新线路下月试运行", published="2024-03-05T14:32:00", updated=None,
        agencies=["China News Service"], dateline="中新网北京3月5日电 (记者 王晓东)", cities=["北京"],
        reporters=["王晓东"], editors=["陈静"], language="zh"),
     "China News Service page: source on the date line"),
    ("xinhua-zh-hant.txt", XINHUA_TRAD_NO_TITLE, dict(
        title=None, agencies=["Xinhua"], dateline="新華社香港3月5日電 （記者 陳美玲）", cities=["香港"],
        reporters=["陳美玲"], language="zh"),
     "no headline: the dateline is not the title"),
    ("kyodo-ja.txt", KYODO_PAGE, dict(
        title="日米外相が電話会談、港湾協力を確認", published="2024-03-05T14:32:00",
        agencies=["Kyodo"], dateline="【ワシントン共同＝山田太郎】", cities=["ワシントン"],
        reporters=["山田太郎"], language="ja"),
     "Kyodo: reporter in the dateline"),
    ("jiji-ja.txt", JIJI_PAGE, dict(
        title="中国、新たな港湾計画を発表", published="2024-03-05T14:32:00",
        agencies=["Jiji", "Kyodo"], dateline="【北京時事】", cities=["北京"], reporters=["佐藤花子"],
        language="ja"),
     "Jiji dateline, a Kyodo byline below the copy"),
    ("yonhap-ko.txt", YONHAP_PAGE, dict(
        title="시내버스 노선 개편안 다음달 시행", published="2024-03-05T14:32:00",
        updated="2024-03-05T15:10:00", agencies=["Yonhap"], dateline="(서울=연합뉴스) 홍길동 기자 =",
        cities=["서울"], reporters=["홍길동"], language="ko"),
     "Yonhap: published and updated on one line, mail and copyright below"),
    ("newsis-ko.txt", NEWSIS_PAGE, dict(
        title="항만 물동량 3년 만에 최대", published="2024-03-05T14:32:00",
        agencies=["Newsis"], dateline="[부산=뉴시스]박철민 기자 =", cities=["부산"],
        reporters=["박철민"], photographers=["김사진"], language="ko"),
     "Newsis: a caption in the dateline's shape above the copy"),
    ("news1-ko.txt", NEWS1_NO_TITLE, dict(
        title=None, published="2024-03-05T16:05:00", agencies=["News1"],
        dateline="(서울=뉴스1) 이영희 기자 =", cities=["서울"], reporters=["이영희"], language="ko"),
     "News1 without a headline, its date below the copy"),
    ("kyodo-closing-ja.txt", KYODO_CLOSING_PAGE, dict(
        title="函館市、路面電車の運賃を改定へ", agencies=["Kyodo"], dateline=None, cities=[],
        language="ja"),
     "a Japanese paper's story closed by \"（共同）\": Kyodo, no dateline"),
    ("reuters-ja.txt", REUTERS_JA_PAGE, dict(
        title="港湾使用料、来年度から引き上げへ", agencies=["Reuters"], reporters=["中村美咲"],
        editors=["高橋誠"], language="ja"),
     "Reuters Japan's closing bracket: the writer, a full-width space, the editor's role"),
    ("cna-full-year-zh.txt", CNA_FULL_YEAR_PAGE, dict(
        title="嘉義新增兩條觀光公車路線", agencies=["CNA"],
        dateline="（中央社記者黃美玲嘉義2023年10月2日電）", cities=["嘉義"], reporters=["黃美玲"],
        editors=["吳美玲"]),
     "CNA's dateline with the full year"),
    ("cna-code-line-zh.txt", CNA_CODE_LINE_PAGE, dict(
        agencies=["CNA"], reporters=["李俊宏"], editors=["林志偉"]),
     "CNA's editor bracket and story code on a line of their own under the copy"),
    ("kyodo-day-ja.txt", KYODO_DAY_PAGE, dict(
        agencies=["Kyodo"], dateline="【ロンドン7日共同】", cities=["ロンドン"], language="ja"),
     "Kyodo in a regional paper: the day between the place and the agency"),
    ("xinhua-fullwidth-zh.txt", XINHUA_FULLWIDTH_PAGE, dict(
        agencies=["Xinhua"], dateline="新华社广州６月１１日电（记者林海涛）", cities=["广州"],
        reporters=["林海涛"], language="zh"),
     "Xinhua in a 1990s archive: full-width digits in the dateline"),
    ("afp-taiwan-zh.txt", AFP_TAIWAN_PAGE, dict(
        title="柏林加碼鐵路投資", agencies=["AFP"], dateline="（法新社柏林二十一日電）",
        cities=["柏林"], reporters=[]),
     "AFP in a Taiwan paper: its Chinese name, the day in Chinese numerals"),
    ("yonhap-hanja-ko.txt", YONHAP_HANJA_PAGE, dict(
        title="光州 시내버스 노선 전면 개편", agencies=["Yonhap"], dateline="(光州=聯合) 朴成浩기자 =",
        cities=["光州"], reporters=["朴成浩"], language="ko"),
     "Yonhap in the 1990s: hanja place and name, 聯合 for the agency"),
    ("portal-code-zh.txt", PORTAL_CODE_PAGE, dict(
        title="长江航道春季疏浚工程启动", agencies=["Xinhua"], cities=["武汉"], reporters=["郑文涛"],
        editors=["王海燕"]),
     "a portal's desk code after the editor's name: the name alone"),
]

# What each story's body must start with and must not hold.
BODY_STARTS = {
    "xinhua-zh.txt": "新华社北京3月5日电", "cns-zh.txt": "中新网北京3月5日电",
    "xinhua-zh-hant.txt": "新華社香港3月5日電", "kyodo-ja.txt": "【ワシントン共同",
    "jiji-ja.txt": "【北京時事】", "yonhap-ko.txt": "(서울=연합뉴스)",
    "newsis-ko.txt": "[부산=뉴시스]박철민", "news1-ko.txt": "(서울=뉴스1)",
    "kyodo-closing-ja.txt": "函館市", "cna-full-year-zh.txt": "（中央社記者", "cna-code-line-zh.txt": "（中央社記者",
    "kyodo-day-ja.txt": "【ロンドン7日共同】", "xinhua-fullwidth-zh.txt": "新华社广州６月１１日电",
    "afp-taiwan-zh.txt": "（法新社柏林", "yonhap-hanja-ko.txt": "(光州=聯合)",
    "portal-code-zh.txt": "新华社武汉4月2日电", "reuters-ja.txt": "［横浜\u3000５日\u3000ロイター］",
}
NOT_IN_BODY = ("（共同）", "（完）", "责任编辑", "共同通信記者", "@yna.co.kr", "저작권자", "photo@newsis.com",
               "2024-03-05 16:05")


@pytest.mark.parametrize("name,text,expected,why", STORIES, ids=[s[0] for s in STORIES])
def test_cjk_story(name, text, expected, why):
    story = parse_text(text).to_dict()
    assert {k: story[k] for k in expected} == expected, why
    assert story["body"].startswith(BODY_STARTS[name])
    assert not [m for m in NOT_IN_BODY if m in story["body"]]


def test_latin_copy_quoting_cjk_is_read_as_before():
    s = parse_text("Talks resume in Beijing\nBEIJING (Reuters) - Officials met at the hall "
                   "known as 人民大会堂 on Tuesday.\n(Reporting by Jo Park; Editing by Al Day)\n")
    assert (s.title, s.cities, s.agencies, s.reporters, s.editors) == (
        "Talks resume in Beijing", ["Beijing"], ["Reuters"], ["Jo Park"], ["Al Day"])


# -- the real command -------------------------------------------------------------------------

@pytest.fixture
def cjk_folder(tmp_path):
    folder = tmp_path / "cjk"
    folder.mkdir()
    for name, text, _, _ in STORIES:
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("name,text,expected,why", STORIES, ids=[s[0] for s in STORIES])
def test_cli_parse_reads_cjk_story(runner, cjk_folder, name, text, expected, why):
    result = runner.invoke(cli, ["parse", "--format", "jsonl", str(cjk_folder / name)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert {k: record[k] for k in expected} == expected, why
    assert record["body"].startswith(BODY_STARTS[name])


def test_wire_parse_process_writes_cjk_as_is(cjk_folder):
    """`python -m search_cli parse DIR` in its own process: every story, non-ASCII kept."""
    env = dict(os.environ, PYTHONPATH=ROOT, PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, "-m", "search_cli", "parse", "--format", "jsonl",
                           str(cjk_folder)], capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr
    assert "新华社北京3月5日电" in done.stdout and "\\u" not in done.stdout
    records = {os.path.basename(r["path"]): r for r in map(json.loads, done.stdout.splitlines())}
    assert set(records) == {s[0] for s in STORIES}
    for name, _, expected, why in STORIES:
        assert {k: records[name][k] for k in expected} == expected, why


def test_a_closing_stamp_over_a_related_list_dates_the_story():
    # the list's own dates below the marked label are other stories'
    story = parse_text("港の新岸壁が完成\n\n共同通信\n\n【神戸共同＝山本陽子】神戸港で新しい岸壁が完成し、"
                       "大型の貨物船が初めて接岸した。港湾局は年間の取扱量が一割ほど増えるとみている。\n\n"
                       "港湾局は来月から本格的な運用を始める。\n\n2023/11/02 18:45（日本時間）\n\n▼関連記事\n"
                       "・港の貨物量、前年を上回る　2023/10/12\n・新航路の開設を発表　2023/09/03\n")
    assert story.published == "2023-11-02T18:45:00+09:00"
    assert story.reporters == ["山本陽子"] and story.cities == ["神戸"]
