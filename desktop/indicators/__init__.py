"""Service-quality indicators (000 第三节 of each chapter): every row of the eight tables as data.

``definitions`` loads and checks the rows (``definitions/*.yaml``) against the form registry;
``docs`` writes docs/indicators.md from them. No Qt and no database here: the computation reads these
definitions and turns each row into one SQL aggregate."""

from desktop.indicators.definitions import (
    Catalogue,
    Count,
    DomainTable,
    Indicator,
    IndicatorDefinitionError,
    load_catalogue,
)

__all__ = [
    "Catalogue",
    "Count",
    "DomainTable",
    "Indicator",
    "IndicatorDefinitionError",
    "load_catalogue",
]
