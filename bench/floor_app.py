"""The floor of the flow benchmark: the smallest Streamlit chat that answers at once.

A chat box whose callback appends the answer and a fixed next question, and the messages drawn: no
database, no model, no sidebar. ``python -m bench --only flow`` times answer → next question painted
on it in the same Chromium, the same way as on the app, so the app's figure can be read against what
Streamlit and the browser take on this machine by themselves.
"""

import streamlit as st

if "messages" not in st.session_state:
    st.session_state.messages = [("assistant", "Question 1: tell me about a project you led.")]


def _on_answer() -> None:
    st.session_state.messages.append(("user", st.session_state.answer))
    number = len(st.session_state.messages) // 2 + 1
    st.session_state.messages.append(("assistant", f"Question {number}: tell me about another one."))


for role, text in st.session_state.messages:
    with st.chat_message(role):
        st.markdown(text)
st.chat_input("Type your answer", key="answer", on_submit=_on_answer)
