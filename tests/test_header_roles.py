"""The table readers' header words: one vocabulary (ingest/performance/header_roles.py), each reader importing it."""

from ingest.performance import flat_sheet, funds_block, header_roles, indicator_stream, self_evaluation


def test_every_reader_reads_its_header_with_the_shared_vocabulary():
    assert self_evaluation.INDICATOR_ROLES is header_roles.SELF_EVALUATION_ROLES
    assert funds_block.COLUMN_ROLES is header_roles.FUNDS_COLUMN_ROLES
    assert indicator_stream.HEADER_WORDS is header_roles.STREAM_HEADER_WORDS
    assert flat_sheet.INDICATOR_COLUMNS is header_roles.FLAT_SHEET_COLUMNS


def test_the_readers_tables_share_the_role_words():
    roles = dict(header_roles.SELF_EVALUATION_ROLES)
    assert all(roles[word] == "target" for word in header_roles.TARGET_WORDS)
    assert all(roles[word] == "weight" for word in header_roles.WEIGHT_WORDS)
    assert roles[header_roles.SCORE_WORD] == "score"
    for word in ("一级指标", "三级指标", "实际完成值", "年度指标值", "计量单位"):
        assert header_roles.STREAM_HEADER_WORDS.match(word)
    flat = {text: next(role for role, pattern in header_roles.FLAT_SHEET_COLUMNS if pattern.match(text))
            for text in ("年度指标值", "实际完成值", "权重(分)", "得分")}
    assert flat == {"年度指标值": "target", "实际完成值": "actual", "权重(分)": "weight", "得分": "score"}
    funds = {text: funds_block.column_role(text) for text in ("年初预算数", "全年执行数(B)", "执行率", "得分")}
    assert funds == {"年初预算数": "initial", "全年执行数(B)": "executed", "执行率": "rate", "得分": "score"}
