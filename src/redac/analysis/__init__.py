"""The SEO and readability analyser: research → assessments → messages → scores."""

from __future__ import annotations

from redac.analysis.assessor import Analysis, Check, analyze_paper
from redac.analysis.paper import Paper, split_synonyms

__all__ = ["Analysis", "Check", "Paper", "analyze_paper", "split_synonyms"]
