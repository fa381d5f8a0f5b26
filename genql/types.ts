export default {
    "scalars": [
        5,
        14,
        18,
        23,
        29,
        32,
        34,
        35,
        36,
        37,
        39,
        40,
        43,
        49,
        50,
        52,
        57,
        61,
        67,
        70,
        72,
        85
    ],
    "types": {
        "AddTeamMemberInput": {
            "email": [
                70
            ],
            "name": [
                70
            ],
            "password": [
                70
            ],
            "role": [
                72
            ],
            "__typename": [
                70
            ]
        },
        "AdvancedAnalytics": {
            "hourlyHeatmap": [
                33
            ],
            "questionDropOff": [
                66
            ],
            "__typename": [
                70
            ]
        },
        "AgentConfig": {
            "agentName": [
                70
            ],
            "emergencyKeywords": [
                70
            ],
            "emergencySensitivity": [
                35
            ],
            "faq": [
                30
            ],
            "id": [
                34
            ],
            "instructions": [
                70
            ],
            "interruptionDelayMs": [
                35
            ],
            "persona": [
                70
            ],
            "realtimeEnabled": [
                5
            ],
            "realtimeVoice": [
                70
            ],
            "twilioLanguage": [
                70
            ],
            "twilioVoice": [
                70
            ],
            "updatedAt": [
                23
            ],
            "voiceGreeting": [
                70
            ],
            "welcomeMessage": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "ApiKey": {
            "createdAt": [
                23
            ],
            "id": [
                34
            ],
            "lastUsedAt": [
                23
            ],
            "name": [
                70
            ],
            "prefix": [
                70
            ],
            "revokedAt": [
                23
            ],
            "role": [
                67
            ],
            "__typename": [
                70
            ]
        },
        "AuthPayload": {
            "businessId": [
                34
            ],
            "role": [
                67
            ],
            "token": [
                70
            ],
            "userId": [
                34
            ],
            "__typename": [
                70
            ]
        },
        "Boolean": {},
        "Business": {
            "address": [
                70
            ],
            "allowedOrigins": [
                70
            ],
            "businessHours": [
                7
            ],
            "createdAt": [
                23
            ],
            "description": [
                70
            ],
            "emergencyMessageTemplate": [
                70
            ],
            "id": [
                34
            ],
            "name": [
                70
            ],
            "notificationSettings": [
                54
            ],
            "phoneNumber": [
                70
            ],
            "plan": [
                57
            ],
            "timezone": [
                70
            ],
            "twilioNumber": [
                70
            ],
            "updatedAt": [
                23
            ],
            "website": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "BusinessHours": {
            "holidays": [
                70
            ],
            "weekly": [
                25
            ],
            "__typename": [
                70
            ]
        },
        "BusinessHoursInput": {
            "holidays": [
                70
            ],
            "weekly": [
                26
            ],
            "__typename": [
                70
            ]
        },
        "Client": {
            "company": [
                70
            ],
            "createdAt": [
                23
            ],
            "email": [
                70
            ],
            "externalRef": [
                70
            ],
            "id": [
                34
            ],
            "name": [
                70
            ],
            "notes": [
                70
            ],
            "phone": [
                70
            ],
            "projects": [
                62
            ],
            "updatedAt": [
                23
            ],
            "__typename": [
                70
            ]
        },
        "ClientConnection": {
            "edges": [
                11
            ],
            "nodes": [
                9
            ],
            "pageInfo": [
                56
            ],
            "totalCount": [
                35
            ],
            "__typename": [
                70
            ]
        },
        "ClientEdge": {
            "cursor": [
                70
            ],
            "node": [
                9
            ],
            "__typename": [
                70
            ]
        },
        "ClientInput": {
            "company": [
                70
            ],
            "email": [
                70
            ],
            "name": [
                70
            ],
            "notes": [
                70
            ],
            "phone": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "Conversation": {
            "channel": [
                14
            ],
            "client": [
                9
            ],
            "durationSeconds": [
                35
            ],
            "endedAt": [
                23
            ],
            "fromNumber": [
                70
            ],
            "id": [
                34
            ],
            "leads": [
                41
            ],
            "messages": [
                51,
                {
                    "first": [
                        35
                    ]
                }
            ],
            "startedAt": [
                23
            ],
            "status": [
                18
            ],
            "summary": [
                70
            ],
            "toNumber": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "ConversationChannel": {},
        "ConversationConnection": {
            "edges": [
                16
            ],
            "nodes": [
                13
            ],
            "pageInfo": [
                56
            ],
            "totalCount": [
                35
            ],
            "__typename": [
                70
            ]
        },
        "ConversationEdge": {
            "cursor": [
                70
            ],
            "node": [
                13
            ],
            "__typename": [
                70
            ]
        },
        "ConversationFilter": {
            "channel": [
                14
            ],
            "startedAfter": [
                23
            ],
            "startedBefore": [
                23
            ],
            "status": [
                18
            ],
            "__typename": [
                70
            ]
        },
        "ConversationStatus": {},
        "ConversationUpdatedEvent": {
            "channel": [
                14
            ],
            "conversation": [
                13
            ],
            "conversationId": [
                34
            ],
            "status": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "CreateKnowledgeItemInput": {
            "content": [
                70
            ],
            "format": [
                37
            ],
            "title": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "CreatedApiKey": {
            "apiKey": [
                3
            ],
            "secret": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "Dashboard": {
            "advanced": [
                1
            ],
            "calls": [
                35
            ],
            "chats": [
                35
            ],
            "emergencies": [
                35
            ],
            "enhanced": [
                28
            ],
            "from": [
                23
            ],
            "leadsByStatus": [
                69
            ],
            "leadsPerDay": [
                24
            ],
            "leadsTotal": [
                35
            ],
            "timezone": [
                70
            ],
            "to": [
                23
            ],
            "__typename": [
                70
            ]
        },
        "DateTime": {},
        "DayCount": {
            "count": [
                35
            ],
            "date": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "DayHours": {
            "day": [
                70
            ],
            "ranges": [
                73
            ],
            "__typename": [
                70
            ]
        },
        "DayHoursInput": {
            "day": [
                70
            ],
            "ranges": [
                74
            ],
            "__typename": [
                70
            ]
        },
        "DayKeyCount": {
            "count": [
                35
            ],
            "date": [
                70
            ],
            "key": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "EnhancedAnalytics": {
            "averageCallDurationSeconds": [
                32
            ],
            "averageChatDurationSeconds": [
                32
            ],
            "conversionRate": [
                32
            ],
            "leadsPerDayByChannel": [
                27
            ],
            "leadsPerDayByPriority": [
                27
            ],
            "__typename": [
                70
            ]
        },
        "ExpectedFormat": {},
        "FaqEntry": {
            "answer": [
                70
            ],
            "question": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "FaqEntryInput": {
            "answer": [
                70
            ],
            "question": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "Float": {},
        "HeatmapCell": {
            "count": [
                35
            ],
            "dayOfWeek": [
                35
            ],
            "hour": [
                35
            ],
            "__typename": [
                70
            ]
        },
        "ID": {},
        "Int": {},
        "JSON": {},
        "KnowledgeInputFormat": {},
        "KnowledgeItem": {
            "chunkCount": [
                35
            ],
            "content": [
                70
            ],
            "createdAt": [
                23
            ],
            "id": [
                34
            ],
            "source": [
                39
            ],
            "status": [
                40
            ],
            "title": [
                70
            ],
            "updatedAt": [
                23
            ],
            "__typename": [
                70
            ]
        },
        "KnowledgeSource": {},
        "KnowledgeStatus": {},
        "Lead": {
            "acknowledgedAt": [
                23
            ],
            "address": [
                70
            ],
            "capturedData": [
                36
            ],
            "channel": [
                43
            ],
            "client": [
                9
            ],
            "conversation": [
                13
            ],
            "createdAt": [
                23
            ],
            "email": [
                70
            ],
            "emergencyNotes": [
                70
            ],
            "emergencySeverity": [
                35
            ],
            "id": [
                34
            ],
            "isEmergency": [
                5
            ],
            "issue": [
                70
            ],
            "name": [
                70
            ],
            "notes": [
                70
            ],
            "phone": [
                70
            ],
            "priority": [
                61
            ],
            "status": [
                49
            ],
            "updatedAt": [
                23
            ],
            "__typename": [
                70
            ]
        },
        "LeadCapturedEvent": {
            "lead": [
                41
            ],
            "leadId": [
                34
            ],
            "__typename": [
                70
            ]
        },
        "LeadChannel": {},
        "LeadConnection": {
            "edges": [
                45
            ],
            "nodes": [
                41
            ],
            "pageInfo": [
                56
            ],
            "totalCount": [
                35
            ],
            "__typename": [
                70
            ]
        },
        "LeadEdge": {
            "cursor": [
                70
            ],
            "node": [
                41
            ],
            "__typename": [
                70
            ]
        },
        "LeadFilter": {
            "channel": [
                43
            ],
            "createdAfter": [
                23
            ],
            "createdBefore": [
                23
            ],
            "isEmergency": [
                5
            ],
            "priority": [
                61
            ],
            "search": [
                70
            ],
            "status": [
                49
            ],
            "__typename": [
                70
            ]
        },
        "LeadQuestion": {
            "essentialForEmergency": [
                5
            ],
            "expectedFormat": [
                29
            ],
            "id": [
                34
            ],
            "mapsTo": [
                50
            ],
            "position": [
                35
            ],
            "question": [
                70
            ],
            "required": [
                5
            ],
            "__typename": [
                70
            ]
        },
        "LeadQuestionInput": {
            "essentialForEmergency": [
                5
            ],
            "expectedFormat": [
                29
            ],
            "mapsTo": [
                50
            ],
            "question": [
                70
            ],
            "required": [
                5
            ],
            "__typename": [
                70
            ]
        },
        "LeadStatus": {},
        "MapsTo": {},
        "Message": {
            "content": [
                70
            ],
            "createdAt": [
                23
            ],
            "id": [
                34
            ],
            "role": [
                52
            ],
            "__typename": [
                70
            ]
        },
        "MessageRole": {},
        "Mutation": {
            "addTeamMember": [
                82,
                {
                    "input": [
                        0,
                        "AddTeamMemberInput!"
                    ]
                }
            ],
            "createApiKey": [
                21,
                {
                    "name": [
                        70,
                        "String!"
                    ],
                    "role": [
                        72
                    ]
                }
            ],
            "createClient": [
                9,
                {
                    "input": [
                        12,
                        "ClientInput!"
                    ]
                }
            ],
            "createKnowledgeItem": [
                38,
                {
                    "input": [
                        20,
                        "CreateKnowledgeItemInput!"
                    ]
                }
            ],
            "createLeadQuestion": [
                47,
                {
                    "input": [
                        48,
                        "LeadQuestionInput!"
                    ]
                }
            ],
            "deleteClient": [
                5,
                {
                    "id": [
                        34,
                        "ID!"
                    ]
                }
            ],
            "deleteKnowledgeItem": [
                5,
                {
                    "id": [
                        34,
                        "ID!"
                    ]
                }
            ],
            "deleteLeadQuestion": [
                5,
                {
                    "id": [
                        34,
                        "ID!"
                    ]
                }
            ],
            "linkProjectToClient": [
                62,
                {
                    "clientId": [
                        34
                    ],
                    "projectId": [
                        34,
                        "ID!"
                    ]
                }
            ],
            "login": [
                4,
                {
                    "email": [
                        70,
                        "String!"
                    ],
                    "password": [
                        70,
                        "String!"
                    ]
                }
            ],
            "removeTeamMember": [
                5,
                {
                    "userId": [
                        34,
                        "ID!"
                    ]
                }
            ],
            "reorderLeadQuestions": [
                47,
                {
                    "ids": [
                        34,
                        "[ID!]!"
                    ]
                }
            ],
            "revokeApiKey": [
                3,
                {
                    "id": [
                        34,
                        "ID!"
                    ]
                }
            ],
            "setPlan": [
                6,
                {
                    "businessId": [
                        34,
                        "ID!"
                    ],
                    "plan": [
                        57,
                        "Plan!"
                    ]
                }
            ],
            "setTeamMemberRole": [
                82,
                {
                    "role": [
                        72,
                        "TeamRole!"
                    ],
                    "userId": [
                        34,
                        "ID!"
                    ]
                }
            ],
            "signUp": [
                4,
                {
                    "input": [
                        68,
                        "SignUpInput!"
                    ]
                }
            ],
            "updateAgentConfig": [
                2,
                {
                    "input": [
                        75,
                        "UpdateAgentConfigInput!"
                    ]
                }
            ],
            "updateBusiness": [
                6,
                {
                    "input": [
                        76,
                        "UpdateBusinessInput!"
                    ]
                }
            ],
            "updateClient": [
                9,
                {
                    "id": [
                        34,
                        "ID!"
                    ],
                    "input": [
                        12,
                        "ClientInput!"
                    ]
                }
            ],
            "updateKnowledgeItem": [
                38,
                {
                    "id": [
                        34,
                        "ID!"
                    ],
                    "input": [
                        77,
                        "UpdateKnowledgeItemInput!"
                    ]
                }
            ],
            "updateLead": [
                41,
                {
                    "id": [
                        34,
                        "ID!"
                    ],
                    "input": [
                        78,
                        "UpdateLeadInput!"
                    ]
                }
            ],
            "updateLeadQuestion": [
                47,
                {
                    "id": [
                        34,
                        "ID!"
                    ],
                    "input": [
                        79,
                        "UpdateLeadQuestionInput!"
                    ]
                }
            ],
            "updateNotificationSettings": [
                6,
                {
                    "input": [
                        55,
                        "NotificationSettingsInput!"
                    ]
                }
            ],
            "updateVoiceSettings": [
                2,
                {
                    "input": [
                        80,
                        "UpdateVoiceSettingsInput!"
                    ]
                }
            ],
            "updateWidgetConfig": [
                84,
                {
                    "input": [
                        81,
                        "UpdateWidgetConfigInput!"
                    ]
                }
            ],
            "__typename": [
                70
            ]
        },
        "NotificationSettings": {
            "notificationEmail": [
                70
            ],
            "notificationPhoneNumber": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "NotificationSettingsInput": {
            "notificationEmail": [
                70
            ],
            "notificationPhoneNumber": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "PageInfo": {
            "endCursor": [
                70
            ],
            "hasNextPage": [
                5
            ],
            "__typename": [
                70
            ]
        },
        "Plan": {},
        "PlanFeature": {
            "description": [
                70
            ],
            "included": [
                5
            ],
            "key": [
                70
            ],
            "requiredPlan": [
                57
            ],
            "__typename": [
                70
            ]
        },
        "PlanInfo": {
            "features": [
                58
            ],
            "limits": [
                60
            ],
            "tier": [
                57
            ],
            "__typename": [
                70
            ]
        },
        "PlanLimit": {
            "name": [
                70
            ],
            "value": [
                35
            ],
            "__typename": [
                70
            ]
        },
        "Priority": {},
        "Project": {
            "client": [
                9
            ],
            "completedTaskCount": [
                35
            ],
            "description": [
                70
            ],
            "dueDate": [
                70
            ],
            "externalId": [
                70
            ],
            "id": [
                34
            ],
            "lastSyncedAt": [
                23
            ],
            "name": [
                70
            ],
            "progress": [
                35
            ],
            "provider": [
                70
            ],
            "status": [
                70
            ],
            "taskCount": [
                35
            ],
            "url": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "ProjectConnection": {
            "edges": [
                64
            ],
            "nodes": [
                62
            ],
            "pageInfo": [
                56
            ],
            "totalCount": [
                35
            ],
            "__typename": [
                70
            ]
        },
        "ProjectEdge": {
            "cursor": [
                70
            ],
            "node": [
                62
            ],
            "__typename": [
                70
            ]
        },
        "Query": {
            "agentConfig": [
                2
            ],
            "apiKeys": [
                3,
                {
                    "includeRevoked": [
                        5
                    ]
                }
            ],
            "business": [
                6
            ],
            "client": [
                9,
                {
                    "id": [
                        34,
                        "ID!"
                    ]
                }
            ],
            "clients": [
                10,
                {
                    "after": [
                        70
                    ],
                    "first": [
                        35
                    ],
                    "search": [
                        70
                    ]
                }
            ],
            "conversation": [
                13,
                {
                    "id": [
                        34,
                        "ID!"
                    ]
                }
            ],
            "conversations": [
                15,
                {
                    "after": [
                        70
                    ],
                    "filter": [
                        17
                    ],
                    "first": [
                        35
                    ]
                }
            ],
            "dashboard": [
                22,
                {
                    "from": [
                        23
                    ],
                    "to": [
                        23
                    ]
                }
            ],
            "knowledgeItem": [
                38,
                {
                    "id": [
                        34,
                        "ID!"
                    ]
                }
            ],
            "knowledgeItems": [
                38
            ],
            "lead": [
                41,
                {
                    "id": [
                        34,
                        "ID!"
                    ]
                }
            ],
            "leadQuestions": [
                47
            ],
            "leads": [
                44,
                {
                    "after": [
                        70
                    ],
                    "filter": [
                        46
                    ],
                    "first": [
                        35
                    ]
                }
            ],
            "me": [
                83
            ],
            "plan": [
                59
            ],
            "project": [
                62,
                {
                    "id": [
                        34,
                        "ID!"
                    ]
                }
            ],
            "projects": [
                63,
                {
                    "after": [
                        70
                    ],
                    "clientId": [
                        34
                    ],
                    "first": [
                        35
                    ],
                    "status": [
                        70
                    ]
                }
            ],
            "team": [
                82
            ],
            "widgetConfig": [
                84
            ],
            "__typename": [
                70
            ]
        },
        "QuestionDropOff": {
            "answered": [
                35
            ],
            "dropOffRate": [
                32
            ],
            "position": [
                35
            ],
            "question": [
                70
            ],
            "questionId": [
                34
            ],
            "__typename": [
                70
            ]
        },
        "Role": {},
        "SignUpInput": {
            "businessName": [
                70
            ],
            "email": [
                70
            ],
            "name": [
                70
            ],
            "password": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "StatusCount": {
            "count": [
                35
            ],
            "status": [
                49
            ],
            "__typename": [
                70
            ]
        },
        "String": {},
        "Subscription": {
            "conversationUpdated": [
                19
            ],
            "leadCaptured": [
                42
            ],
            "__typename": [
                70
            ]
        },
        "TeamRole": {},
        "TimeRange": {
            "close": [
                70
            ],
            "open": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "TimeRangeInput": {
            "close": [
                70
            ],
            "open": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "UpdateAgentConfigInput": {
            "agentName": [
                70
            ],
            "emergencyKeywords": [
                70
            ],
            "emergencySensitivity": [
                35
            ],
            "faq": [
                31
            ],
            "instructions": [
                70
            ],
            "persona": [
                70
            ],
            "welcomeMessage": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "UpdateBusinessInput": {
            "address": [
                70
            ],
            "allowedOrigins": [
                70
            ],
            "businessHours": [
                8
            ],
            "description": [
                70
            ],
            "emergencyMessageTemplate": [
                70
            ],
            "name": [
                70
            ],
            "phoneNumber": [
                70
            ],
            "timezone": [
                70
            ],
            "website": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "UpdateKnowledgeItemInput": {
            "content": [
                70
            ],
            "format": [
                37
            ],
            "title": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "UpdateLeadInput": {
            "acknowledged": [
                5
            ],
            "clientId": [
                34
            ],
            "notes": [
                70
            ],
            "priority": [
                61
            ],
            "status": [
                49
            ],
            "__typename": [
                70
            ]
        },
        "UpdateLeadQuestionInput": {
            "essentialForEmergency": [
                5
            ],
            "expectedFormat": [
                29
            ],
            "mapsTo": [
                50
            ],
            "question": [
                70
            ],
            "required": [
                5
            ],
            "__typename": [
                70
            ]
        },
        "UpdateVoiceSettingsInput": {
            "interruptionDelayMs": [
                35
            ],
            "realtimeEnabled": [
                5
            ],
            "realtimeVoice": [
                70
            ],
            "twilioLanguage": [
                70
            ],
            "twilioVoice": [
                70
            ],
            "voiceGreeting": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "UpdateWidgetConfigInput": {
            "backgroundColor": [
                70
            ],
            "greeting": [
                70
            ],
            "launcherText": [
                70
            ],
            "position": [
                85
            ],
            "primaryColor": [
                70
            ],
            "showBranding": [
                5
            ],
            "textColor": [
                70
            ],
            "__typename": [
                70
            ]
        },
        "User": {
            "createdAt": [
                23
            ],
            "email": [
                70
            ],
            "id": [
                34
            ],
            "lastLoginAt": [
                23
            ],
            "name": [
                70
            ],
            "role": [
                67
            ],
            "__typename": [
                70
            ]
        },
        "Viewer": {
            "apiKeyId": [
                34
            ],
            "business": [
                6
            ],
            "role": [
                67
            ],
            "user": [
                82
            ],
            "__typename": [
                70
            ]
        },
        "WidgetConfig": {
            "backgroundColor": [
                70
            ],
            "greeting": [
                70
            ],
            "id": [
                34
            ],
            "launcherText": [
                70
            ],
            "position": [
                85
            ],
            "primaryColor": [
                70
            ],
            "showBranding": [
                5
            ],
            "textColor": [
                70
            ],
            "updatedAt": [
                23
            ],
            "__typename": [
                70
            ]
        },
        "WidgetPosition": {}
    }
}