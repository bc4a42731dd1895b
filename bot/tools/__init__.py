"""Tools for curators and developers: evaluation, benchmarks, confusable questions and
the risk model's training data. The assistant itself never imports these.
"""
