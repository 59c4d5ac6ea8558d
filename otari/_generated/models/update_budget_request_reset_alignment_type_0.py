from enum import StrEnum


class UpdateBudgetRequestResetAlignmentType0(StrEnum):
    CALENDAR_DAY = "calendar_day"
    CALENDAR_MONTH = "calendar_month"
    CALENDAR_WEEK = "calendar_week"

    def __str__(self) -> str:
        return str(self.value)
