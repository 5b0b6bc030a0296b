"""The Wagtail admin: viewsets, report views, admin views and forms. Registered in curriculum/wagtail_hooks.py.

- question_bank.py, organisation.py: snippet and model viewsets (question bank; units, officers, assignments).
- reports.py, officer_modules.py: the managers' reports and one officer's modules.
- item_analysis.py, reviews.py: the trainers' question analysis and the modules due for review.
- officer_import.py, bulk_actions.py: the CSV import and the pseudonymise bulk action.
- protection.py: deletes that would destroy learning records are refused with a reason.
- page_forms.py, exports.py: the module/lesson edit forms; formula-safe CSV/XLSX exports.
- stream_field.py: the editor's StreamField, its block definitions packed once per language.
- header.py: the slim header with breadcrumbs of Signaal's own admin pages (function views).
"""
