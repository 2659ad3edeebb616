"""CV facts, issue 15 point 1: employers and skill-employer pairs that were lost, one small made-up
input per kind (an employment listed under a Projects or Leadership heading, a Chinese CV's entries,
two employers on one line, a tag line under the header)."""

from __future__ import annotations

from core.analysis import extract_cv_facts
from core.analysis.cv_entries import parse_header


def _pairs(facts: dict) -> set[tuple[str, str]]:
    return {(s.casefold(), e.casefold().rstrip(".")) for s, e in facts["skill_employer_pairs"]}


def _employers(facts: dict) -> set[str]:
    return {e.casefold().rstrip(".") for e in facts["employers"]}


def test_a_state_code_run_into_the_next_name_is_no_part_of_it():
    # a PDF lost the gap between "City, ST" and the organisation (or the title) written after it
    assert parse_header(["Greenbelt, MD Lumen Security Corporation June 2019 - August 2019"])[1] == "Lumen Security Corporation"
    assert parse_header(["Web Developer Great Falls, VA Maple Chinese Schools August 2018"]) == (
        "Web Developer", "Maple Chinese Schools")
    assert parse_header(["Kestrel Analytics Inc. Austin, TX Instructor September 2016 - May 2017"]) == (
        "Instructor", "Kestrel Analytics Inc.")


def test_a_job_written_as_a_bullet_under_a_projects_heading_is_a_job():
    cv = """Jo Park
Education
Georgia Institute of Technology | Atlanta, GA
B.S. Computer Science August 2019 - Present
Projects (Computer Science)
- TicketFlow Greenbelt, MD Lumen Security Corporation June 2019 - August 2019
- Developed a trouble-ticketing system in Golang with MongoDB, as an intern
- Technologies used: Golang, MongoDB, Postman
- Weather Board Alexandria, VA Web Applications Development March 2019 - Present
- Technologies used: React, Redux
- Web Developer Great Falls, VA Maple Chinese Schools August 2018
- Helped build the Django server
- Technologies used: HTML/CSS/JS, Django
"""
    facts = extract_cv_facts(cv)
    assert _employers(facts) == {"lumen security corporation", "maple chinese schools"}
    pairs = _pairs(facts)
    assert {("golang", "lumen security corporation"), ("mongodb", "lumen security corporation"),
            ("postman", "lumen security corporation"), ("django", "maple chinese schools")} <= pairs
    # the project between the two jobs is nobody's: its tools are tied to no employer
    assert not {p for p in pairs if p[0] in ("react", "redux")}


def test_a_job_under_a_community_leadership_heading_is_a_job_a_volunteer_role_is_not():
    cv = """Jo Park
Experience
Data Analyst
Brightline Analytics Ltd | 2021 - Present
- Built dashboards in Tableau
Community Leadership
- Kestrel Analytics Inc. Austin, TX Instructor September 2016 - May 2017
- Taught Python to middle schoolers
- Volunteer Tutor, Harbor Foundation Inc., 2018 - 2019
- Taught Excel to adults
- CodeFest Austin, TX Hackathon Winner March 2019
- Built a chatbot with Node.js
"""
    facts = extract_cv_facts(cv)
    assert _employers(facts) == {"brightline analytics ltd", "kestrel analytics inc"}
    assert ("python", "kestrel analytics inc") in _pairs(facts)
    assert not {p for p in _pairs(facts) if p[0] in ("excel", "node.js")}
    assert facts["current_title"] == "Data Analyst"


def test_a_membership_under_affiliations_is_no_employer():
    cv = """Jo Park
Experience
Staff Nurse
Mercy General Hospital | 2019 - Present
- Administered IV medication
Professional Affiliations
Member, Royal Guild of Nursing Inc. (RGN) – since 2019
Community Leadership
Member, Harbor Rowing Club Ltd, 2015 - 2018
"""
    assert _employers(extract_cv_facts(cv)) == {"mercy general hospital"}


_CHINESE_JOBS = """北京星河数据科技有限公司
2016/03 – 至今
高级软件工程师
主要用到的技术是 C++、Qt 和 Boost,负责客户端核心模块的开发。
上海蓝海信息技术有限公司
2013/07 – 2016/02
软件工程师
使用 Java 语言从事后端开发,主要用到的技术是 Spring 和 MySQL。
"""


def test_a_chinese_cv_s_entries_give_title_employer_and_dates_to_now():
    # 有限公司 ("Co., Ltd.") ends a company's name, 工程师 ("engineer") a title, 至今 means "to date"
    cv = "张伟\n专业技能\n- 熟练使用 C++、Qt、Boost、Java、Spring;\n工作经历\n" + _CHINESE_JOBS + "教育背景\n北京理工大学\n2009/09 – 2013/06\n"
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["北京星河数据科技有限公司", "上海蓝海信息技术有限公司"]
    assert facts["current_title"] == "高级软件工程师"
    assert {("c++", "北京星河数据科技有限公司"), ("boost", "北京星河数据科技有限公司"),
            ("java", "上海蓝海信息技术有限公司"), ("spring", "上海蓝海信息技术有限公司")} <= _pairs(facts)


def test_chinese_entries_after_a_self_assessment_with_no_work_heading_are_jobs_projects_are_not():
    cv = ("张伟\n自我评价\n- 有很好的逻辑思维,善于进行面向对象的分析和设计;\n\n" + _CHINESE_JOBS
          + "\n睿思系统(Reeiss)\n2014/04 – 2014/09\n项目描述 | 该项目使用 Python 和 Redis 实现监测网络。\n")
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["北京星河数据科技有限公司", "上海蓝海信息技术有限公司"]
    assert ("qt", "北京星河数据科技有限公司") in _pairs(facts)
    assert facts["current_title"] == "高级软件工程师"
    assert not {p for p in _pairs(facts) if p[0] in ("python", "redis")}


def test_two_employers_on_one_line_both_hold_the_entry_s_skills():
    cv = """Jo Park
Experience
Scientist and Lecturer Leipzig | Jena, Germany
NORDLICHT BIOTECH | FSU JENA 01/2015 - 01/2020
- Taught statistics in R and Python
Data Analyst Berlin, Germany
Brightline Analytics | Fintech 01/2012 - 12/2014
- Built dashboards in Tableau
"""
    facts = extract_cv_facts(cv)
    assert _employers(facts) == {"nordlicht biotech", "fsu jena", "brightline analytics"}
    assert {("r", "nordlicht biotech"), ("r", "fsu jena"), ("python", "fsu jena")} <= _pairs(facts)


def test_every_name_of_a_tag_line_under_the_header_is_a_skill_used_there():
    cv = """Jo Park
Experience
**Fernwood Labs**: *Senior Consultant*
**May 2019 – Oct 2021**
_Solution Architecture | Full-Stack Development | AWS | Java & Kotlin Development | Terraform_
- Led a team of six building a billing platform
"""
    facts = extract_cv_facts(cv)
    pairs = _pairs(facts)
    assert {("solution architecture", "fernwood labs"), ("full-stack development", "fernwood labs"),
            ("aws", "fernwood labs"), ("terraform", "fernwood labs")} <= pairs
    # two names joined under one head word are no one skill as written
    assert "java & kotlin development" not in {s.casefold() for s in facts["skills_as_written"]}


def test_short_lines_ending_in_a_semicolon_are_the_entry_s_not_the_next_header_s():
    cv = """Experience
Software developer at Quillon Systems
08.2014 - 12.2014
Design of a payment processing system in Erlang;
File server with HTTP interface using Riak;
Software developer at Brantwick
07.2012 - 08.2014
Backend of a social network based on Riak and Riak-
Core. Mobile client work.
Skills
Erlang, Riak, Riak-Core
"""
    facts = extract_cv_facts(cv)
    assert [e for _, e in facts["jobs"]] == ["Quillon Systems", "Brantwick"]
    assert {("riak", "quillon systems"), ("riak-core", "brantwick")} <= _pairs(facts)


def test_a_tool_inside_a_longer_tool_s_name_is_not_paired_on_its_own():
    cv = """Experience
Project Engineer | Lindqvist Data
Sep 2020 – Jun 2021
- Built a custom UI framework in Java Swing, deployed on AWS Lambda.
- Wrote the build scripts in Python.
Skills
Java, AWS, Python
"""
    pairs = _pairs(extract_cv_facts(cv))
    assert {("java swing", "lindqvist data"), ("aws lambda", "lindqvist data"), ("python", "lindqvist data")} <= pairs
    assert not {("java", "lindqvist data"), ("aws", "lindqvist data")} & pairs


def test_an_internship_written_as_one_bullet_organisation_colon_work_names_its_employer():
    cv = """Jo Park
Internship
- Harwick Institute of Marine Engineering, Portsmouth (HIME) : Hull stress monitoring using
Machine Learning and sensor fusion with Kalman filters
[May 2021 – July 2021]
COURSES TAKEN
- Introduction to TensorFlow for Deep Learning, offered by an online school
Skills
Python, Machine Learning, TensorFlow
"""
    facts = extract_cv_facts(cv)
    assert facts["employers"] == ["Harwick Institute of Marine Engineering"]
    assert ("machine learning", "harwick institute of marine engineering") in _pairs(facts)
    assert ("tensorflow", "harwick institute of marine engineering") not in _pairs(facts)  # a course, not the job


def test_a_platform_named_in_a_bullet_is_a_skill_used_there():
    # ADJUDICATION.md (rule 5): a tool or platform named in running text is a skill as written (iOS, Android)
    cv = """Experience
Mobile Developer | Quillon Apps
2019 - 2021
- Led a small team to build an iOS AR app and an Android music application
"""
    assert {("ios", "quillon apps"), ("android", "quillon apps")} <= _pairs(extract_cv_facts(cv))


def test_names_enumerated_in_chinese_prose_are_the_entry_s_tools():
    # 、 is the enumeration comma: "HTML、JS、Servlet、Tomcat" lists four tools, known to the lexicon or not
    cv = "张伟\n工作经历\n" + _CHINESE_JOBS.replace("Spring 和 MySQL", "HTML、JS、Servlet、Tomcat")
    facts = extract_cv_facts(cv)
    assert {("servlet", "上海蓝海信息技术有限公司"), ("tomcat", "上海蓝海信息技术有限公司")} <= _pairs(facts)
    assert "servlet" in {s.casefold() for s in facts["skills_as_written"]}


def test_a_club_a_school_society_or_a_sponsored_project_outside_experience_is_no_employer():
    cv = """Jo Park
Experience
Data Analyst
Brightline Analytics Ltd | 2021 - Present
- Built dashboards in Tableau
Activities
- Chess Club President, Springfield High School, 2014 - 2016
- Treasurer, Rotary Club of Springfield, 2018 - 2020
- Capstone project sponsored by Lockheed Martin Corporation, Jan 2020 - May 2020
"""
    assert _employers(extract_cv_facts(cv)) == {"brightline analytics ltd"}
