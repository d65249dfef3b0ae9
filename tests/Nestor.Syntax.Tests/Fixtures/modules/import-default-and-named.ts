import React, { useState, type FC } from 'react';
